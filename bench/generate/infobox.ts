/**
 * The infobox of a person, country or conflict article, as the plain-text export renders it: label
 * and value run together on one line, or on lines of their own.
 */
import { slot, type Ctx, type Line } from './context.js';
import { date, makePerson, makePlace } from './names.js';
import { fmtNum, fold, toCyrillic } from './text.js';
import { COUNTRIES, LANGUAGES, PARTIES } from './words.js';

export function infobox(c: Ctx, born: number, died: number | null): Line[] | null {
  const { plan, rng } = c;
  switch (plan.kind) {
    case 'person': {
      if (!rng.chance(0.75)) return null;
      const lines: Line[] = [[plan.title], ['']];
      if (rng.chance(0.6)) lines.push([toCyrillic(plan.title)]);
      const b = date(rng, born);
      const country = rng.pick(COUNTRIES);
      if (died === null) {
        lines.push([`Born (${b.iso}) ${b.long} (age ${2024 - born})`], [`${makePlace(rng)}, ${country}`]);
      } else {
        lines.push([`Born (${b.iso}) ${b.long}`], [`${makePlace(rng)}, ${country}`]);
        lines.push([`Died ${date(rng, died).long} (aged ${died - born})`], [`${makePlace(rng)}, ${rng.pick(COUNTRIES)}`]);
      }
      lines.push([`Nationality${c.nationality}`]);
      lines.push([`Political party${c.party}`]);
      if (rng.chance(0.5)) lines.push([`${rng.pick(PARTIES)}`]);
      if (rng.chance(0.5)) lines.push([`Spouse${makePerson(rng)} (m. ${born + rng.int(18, 35)})`]);
      return lines;
    }
    case 'country': {
      if (!rng.chance(0.85)) return null;
      const lines: Line[] = [[plan.title]];
      const prefix = rng.pick(['República de', 'Республика', 'République de', 'Cộng hòa', 'Jamhuri ya']);
      lines.push([`${prefix} ${prefix === 'Республика' ? toCyrillic(plan.place) : plan.place}`]);
      lines.push([`Flag of ${plan.title}`], ['Flag'], [`Coat of arms of ${plan.title}`], ['Coat of arms']);
      if (rng.chance(0.6)) lines.push([`Motto: "${rng.pick(['¡Patria o Muerte, Venceremos!', 'Workers of the world, unite!', 'Land, bread and peace', 'Forward to socialism'])}"`]);
      if (rng.chance(0.7)) lines.push([`Anthem: ${rng.pick(['The Internationale', 'Song of the Republic', 'March of the Partisans', 'Hymn of Labour'])}`]);
      lines.push(['Capital'], ['and largest city'], [makePlace(rng)]);
      lines.push([`Official languages${rng.pick(LANGUAGES)}`]);
      lines.push([`Dominant mode of production${rng.pick(['Socialism', 'Capitalism', 'Semi-feudalism'])}`]);
      lines.push([`Government${rng.pick(['Unitary Marxist\u2013Leninist socialist republic', 'Unitary presidential republic', 'Federal parliamentary republic', 'People\u2019s democratic republic'])}`]);
      lines.push([`\u2022 ${rng.pick(['President', 'First Secretary and President', 'General Secretary', 'Chairman of the Council of Ministers'])}`], [makePerson(rng)]);
      if (rng.chance(0.6)) lines.push(['\u2022 Prime Minister'], [makePerson(rng)]);
      lines.push(['History'], [date(rng, plan.year - rng.int(10, 60)).long]);
      lines.push([`\u2022 ${rng.pick(['Triumph of the Revolution', 'Independence', 'Proclamation of the republic', 'Liberation'])}`], [date(rng, plan.year).long]);
      if (rng.chance(0.5)) lines.push(['\u2022 Current constitution'], [date(rng, plan.year + rng.int(5, 60)).long]);
      const area: Line = [`${fmtNum(rng.int(2_000, 900_000))} km\u00b2`];
      if (rng.chance(0.6)) area.push(slot(c, 1));
      lines.push(['Area'], ['\u2022 Total'], area);
      lines.push([`Currency${plan.place} ${rng.pick(['peso', 'dinar', 'dong', 'lev', 'ruble', 'shilling'])} (${fold(plan.place).slice(0, 2).toUpperCase()}${rng.pick(['P', 'D', 'R', 'S'])})${rng.chance(0.3) ? '[a]' : ''}`]);
      lines.push([`Calling code+${rng.int(20, 999)}`]);
      const code = fold(plan.place).replace(/[^a-z]/g, '').slice(0, 2);
      lines.push([`ISO 3166 code${code.toUpperCase()}`], [`Internet TLD.${code}`]);
      return lines;
    }
    case 'conflict': {
      if (!rng.chance(0.8)) return null;
      const d = date(rng, plan.year);
      const side = () => `${plan.place} ${rng.pick(['Red Guards', 'Workers\u2019 Militia', 'Partisans', 'Revolutionary Army', 'Peasant Leagues'])}`;
      const enemy = () => rng.pick(['Royal Army', 'Colonial Gendarmerie', 'Provisional Government', 'White Guards', 'Landlord Militias', 'Foreign Legion']);
      const a = side();
      const lines: Line[] = [[plan.title], [`Date${rng.chance(0.5) ? d.american : d.long}`], [`${plan.place}, ${rng.pick(COUNTRIES)}`]];
      lines.push([`Result ${rng.pick([`${a.split(' ').slice(1).join(' ')} victory`, 'Revolutionary victory', 'Government victory', 'Stalemate'])}`]);
      lines.push([`${a} ${enemy()}`]);
      if (rng.chance(0.6)) lines.push(['Casualties and losses'], [`${fmtNum(rng.int(20, 9000))} killed ${fmtNum(rng.int(20, 9000))} killed`]);
      return lines;
    }
    default:
      return null;
  }
}
