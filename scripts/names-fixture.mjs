// Writes test/fixtures/names/labelled.jsonl, the labelled set of author strings (issue 29): each line a
// reference as a source writes it (a citation template's wikitext, or a free-text reference) and the
// names it states, labelled from the people and organisations below, never by the parser. Shapes are
// the ones real pages use; the people are real-shaped (particles, suffixes, initials, several scripts).
// Run: node scripts/names-fixture.mjs
import { mkdirSync, writeFileSync } from 'node:fs';

/** [given, family, extra] — extra: { ndp: non-dropping particle, dp: dropping, suffix }. */
const PEOPLE = [
  ['Elizabeth', 'Gilbert'], ['Vijay', 'Prashad'], ['Mary', 'Beard'], ['Eric', 'Hobsbawm'], ['Walter', 'Rodney'],
  ['Joan', 'Robinson'], ['Amartya', 'Sen'], ['Olga', 'Ivanova'], ['Mark', 'Hendricks'], ['Lu', 'Wenying'],
  ['Susan', 'Sontag'], ['Noam', 'Chomsky'], ['J. R. R.', 'Tolkien'], ['E. P.', 'Thompson'], ['C. L. R.', 'James'],
  ['Ha-Joon', 'Chang'], ['Jean-Paul', 'Sartre'], ['Anne-Marie', 'Slaughter'], ["Conor", "O'Brien"], ['Ronald', 'McDonald'],
  ['Vincent', 'Gogh', { ndp: 'van' }], ['Ana', 'Cruz', { ndp: 'de la' }], ['Jan', 'Berg', { ndp: 'van der' }],
  ['Ursula', 'Leyen', { ndp: 'von der' }], ['Muhammad', 'Khwarizmi', { ndp: 'al-' }], ['Leonardo', 'Vinci', { ndp: 'da' }],
  ['Martin Luther', 'King', { suffix: 'Jr.' }], ['George H.', 'Roeder', { suffix: 'Jr.' }], ['Henry', 'Ford', { suffix: 'III' }],
  ['Louis A.', 'Pérez', { suffix: 'Jr.' }], ['Frederick', 'Douglass'], ['Wangari', 'Maathai'], ['Kwame', 'Nkrumah'],
  ['Rosa', 'Luxemburg'], ['Antonio', 'Gramsci'], ['Józef', 'Piłsudski'], ['Søren', 'Kierkegaard'], ['Chinua', 'Achebe'],
  ['Gabriel', 'García Márquez'], ['Simone', 'Beauvoir', { ndp: 'de' }], ['Karl', 'Marx'], ['Friedrich', 'Engels'],
  ['A. B.', 'Smith'], ['C.', 'Jones'], ['Priya', 'Natarajan'], ['Yuval Noah', 'Harari'], ['Thomas', 'Piketty'],
  ['Naomi', 'Klein'], ['David', 'Graeber'], ['Silvia', 'Federici'],
];
/** Organisations a source names as its author. */
const ORGANISATIONS = ['BBC', 'Reuters', 'UNESCO', 'World Health Organization', 'Ministry of Defence', 'World Bank',
  'Associated Press', 'Office for National Statistics', 'National Park Service', 'Amnesty International',
  'International Monetary Fund', 'NASA', 'Pew Research Center', 'United Nations Development Programme'];
/** Titles and site names that free-text references put first, before a year or a title: never authors. */
const NOT_AUTHORS = [
  'The Sixth Estate » Media Bias. Sixthestate.net', 'Bienvenue au site Web Bibliothèque et Archives Canada / Welcome to Library and Archives Canada',
  'Home | The Official Website', 'Sixthestate.net', 'About us – Example Foundation Archive.org', 'Election results 2010 | elections.ca',
  'IMDb: Full cast and crew', 'Population by year. Statistics portal', 'Top 10 Facts About Mars » Space Facts',
  'Welcome to Kenya | Official tourism site', 'History of the Town. townhistory.org.uk', 'Census tables – data.gov',
];

const person = ([given, family, extra = {}]) => {
  const name = { family, given };
  if (extra.dp) name['dropping-particle'] = extra.dp;
  if (extra.ndp) name['non-dropping-particle'] = extra.ndp;
  if (extra.suffix) name.suffix = extra.suffix;
  return name;
};
const familyWithParticle = ([, family, extra = {}]) => (extra.ndp ? (extra.ndp.endsWith('-') ? `${extra.ndp}${family}` : `${extra.ndp} ${family}`) : family);
const direct = (p) => [p[0], familyWithParticle(p), p[2]?.suffix].filter(Boolean).join(' ');
const inverted = (p) => [familyWithParticle(p), p[0], p[2]?.suffix].filter(Boolean).join(', ');
const initials = (given) => given.replace(/[^\p{Lu}]/gu, '');
const vancouver = (p) => `${familyWithParticle(p)} ${initials(p[0])}`;
const vancouverName = (p) => ({ ...person(p), given: initials(p[0]).split('').map((c) => `${c}.`).join(' '), ...(p[2]?.suffix ? {} : {}) });

const lines = [];
const add = (format, input, expected) => lines.push({ format, input, expected });
const at = (i) => PEOPLE[i % PEOPLE.length];
const year = (i) => 1950 + (i * 7) % 70;

PEOPLE.forEach((p, i) => {
  const q = at(i + 7);
  // Wikitext: the parameters editors write.
  add('wikitext', `{{cite book |last=${familyWithParticle(p)} |first=${p[0]}${p[2]?.suffix ? ` ${p[2].suffix}` : ''} |title=Collected Essays |year=${year(i)} |publisher=Verso}}`, [person(p)]);
  add('wikitext', `{{cite web |author=${inverted(p)} |title=An interview |website=example.org |date=${year(i)}-05-01}}`, [person(p)]);
  add('wikitext', `{{cite news |author1=${direct(p)} |author2=${direct(q)} |title=Report |work=The Guardian}}`, [person(p), person(q)]);
  add('wikitext', `{{cite journal |last1=${familyWithParticle(p)} |first1=${p[0]}${p[2]?.suffix ? ` ${p[2].suffix}` : ''} |last2=${familyWithParticle(q)} |first2=${q[0]}${q[2]?.suffix ? ` ${q[2].suffix}` : ''} |title=On method |journal=Past & Present |volume=9}}`, [person(p), person(q)]);
  // Free text, as rendered references print names.
  add('text', `${inverted(p)} (${year(i)}). Collected Essays. London: Verso.`, [person(p)]);
  add('text', `${direct(p)} (${year(i)}-03-02). "An interview". The Guardian. Retrieved 2020-01-01.`, [person(p)]);
});
PEOPLE.filter((p) => !p[2]?.suffix).forEach((p, i) => {
  const q = PEOPLE.filter((r) => !r[2]?.suffix)[(i + 3) % 40];
  add('wikitext', `{{cite journal |vauthors=${vancouver(p)}, ${vancouver(q)}, et al. |title=Trial |journal=Lancet}}`, [vancouverName(p), vancouverName(q)]);
  if (i % 2 === 0) add('text', `${inverted(p)}; ${inverted(q)} (${year(i)}). A Joint Work. Oxford: Clarendon Press.`, [person(p), person(q)]);
  else add('text', `${direct(p)} and ${direct(q)} (${year(i)}). A Joint Work. Oxford: Clarendon Press.`, [person(p), person(q)]);
});
ORGANISATIONS.forEach((org, i) => {
  add('wikitext', `{{cite web |author=${org} |title=Annual report |url=https://example.org/r${i}}}`, [{ literal: org }]);
  add('wikitext', `{{cite web |publisher=${org} |title=Annual report |url=https://example.org/r${i}}}`, []);
  add('wikitext', `{{cite web |title=Annual report |website=${org} |access-date=2020-01-01}}`, []);
});
NOT_AUTHORS.forEach((title, i) => {
  add('text', `${title} (${2000 + i}). Retrieved 2012-02-16.`, []);
  add('text', `"${title}". example.com. Retrieved 2012-02-16.`, []);
  add('text', `${title}. Retrieved 2012-02-16.`, []);
});
// Hand-written cases, each a shape seen on real pages.
const HAND = [
  ['wikitext', '{{cite book |author=Gilbert, Elizabeth |title=Eat, Pray, Love |year=2006}}', [{ family: 'Gilbert', given: 'Elizabeth' }]],
  ['wikitext', '{{cite book |authors=Marx, Karl; Engels, Friedrich |title=The Communist Manifesto}}', [{ family: 'Marx', given: 'Karl' }, { family: 'Engels', given: 'Friedrich' }]],
  ['wikitext', '{{cite web |author=et al. |title=Page}}', []],
  ['wikitext', '{{cite book |editor-last=Roe |editor-first=R. |title=Anthology}}', []],
  ['wikitext', '{{cite news |author=Reuters Staff |title=Markets fall}}', [{ literal: 'Reuters Staff' }]],
  ['wikitext', '{{cite book |last=Beethoven |first=Ludwig van |title=Letters}}', [{ family: 'Beethoven', given: 'Ludwig van' }]],
  ['text', 'Stalin, Joseph (1924). Foundations of Leninism. Moscow: Foreign Languages Publishing House.', [{ family: 'Stalin', given: 'Joseph' }]],
  ['text', 'UNESCO (1967). Report on the Literacy Campaign. Paris: UNESCO.', [{ literal: 'UNESCO' }]],
  ['text', 'World Bank (2010). World Development Report. Washington.', [{ literal: 'World Bank' }]],
  ['text', 'Anonymous (1999). Pamphlet. London.', [{ literal: 'Anonymous' }]],
  ['text', 'Smith, J., Jones, M. & Brown, K. (2001). Results. Nature.', [{ family: 'Smith', given: 'J.' }, { family: 'Jones', given: 'M.' }, { family: 'Brown', given: 'K.' }]],
  ['text', 'King, Martin Luther, Jr. (1963). Why We Can\'t Wait. New York: Harper & Row.', [{ family: 'King', given: 'Martin Luther', suffix: 'Jr.' }]],
  ['text', 'Rodney, Walter, How Europe Underdeveloped Africa, Bogle-L\'Ouverture, 1972', [{ family: 'Rodney', given: 'Walter' }]],
  ['text', 'Joshua Konitz, Dawn Over Samarkand, 1935', [{ family: 'Konitz', given: 'Joshua' }]],
  ['text', 'Xinhua: "China marks anniversary" Link', []],
  ['text', '"Media Bias". The Sixth Estate. Retrieved 2010-06-24.', []],
  ['text', 'https://www.sixthestate.net/?p=123', []],
  ['text', 'Ibid., p. 31.', []],
  ['text', 'See the full text, available in Wikisource.', []],
  // Harder shapes: capitals, titles of address, a bylined "By", mixed parameters, organisations in |last=.
  ['wikitext', '{{cite web |last=BBC News |title=Election night}}', [{ literal: 'BBC News' }]],
  ['wikitext', '{{cite web |last1=Smith |first1=Jane |author2=Reuters |title=Wire}}', [{ family: 'Smith', given: 'Jane' }, { literal: 'Reuters' }]],
  ['wikitext', '{{cite book |surname=Achebe |given=Chinua |title=Things Fall Apart}}', [{ family: 'Achebe', given: 'Chinua' }]],
  ['wikitext', '{{cite book |last=Nkrumah |first=Kwame |author-link=Kwame Nkrumah |title=Neo-Colonialism}}', [{ family: 'Nkrumah', given: 'Kwame' }]],
  ['wikitext', '{{cite journal |author=Smith, A. B.; Jones, C. |title=T |journal=J}}', [{ family: 'Smith', given: 'A. B.' }, { family: 'Jones', given: 'C.' }]],
  ['wikitext', '{{cite journal |authors=Smith AB, Jones C |title=T |journal=J}}', [{ family: 'Smith', given: 'A. B.' }, { family: 'Jones', given: 'C.' }]],
  ['wikitext', '{{cite web |author=[[Naomi Klein]] |title=Op-ed}}', [{ family: 'Klein', given: 'Naomi' }]],
  ['wikitext', '{{cite news |author=Staff writer |title=Local news |work=The Times}}', [{ literal: 'Staff writer' }]],
  ['wikitext', '{{cite book |last=de Beauvoir |first=Simone |title=The Second Sex}}', [{ family: 'Beauvoir', given: 'Simone', 'non-dropping-particle': 'de' }]],
  ['wikitext', '{{cite book |last=García Márquez |first=Gabriel |title=One Hundred Years of Solitude}}', [{ family: 'García Márquez', given: 'Gabriel' }]],
  ['wikitext', '{{cite web |title=Mars facts |website=NASA |publisher=NASA}}', []],
  ['wikitext', '{{cite web |title=Home |url=https://sixthestate.net}}', []],
  ['wikitext', '{{cite book |author1=Karl Marx |author2=Friedrich Engels |author3=et al. |title=Works}}', [{ family: 'Marx', given: 'Karl' }, { family: 'Engels', given: 'Friedrich' }]],
  ['text', 'SMITH, John (1990). A Treatise. Boston: Beacon Press.', [{ family: 'SMITH', given: 'John' }]],
  ['text', 'Hobsbawm, E. J. (1962). The Age of Revolution. London: Weidenfeld & Nicolson.', [{ family: 'Hobsbawm', given: 'E. J.' }]],
  ['text', 'Lenin, V. I. (1917). The State and Revolution. Petrograd.', [{ family: 'Lenin', given: 'V. I.' }]],
  ['text', 'Thompson, E. P.; Hobsbawm, Eric (1975). Essays. London: Merlin.', [{ family: 'Thompson', given: 'E. P.' }, { family: 'Hobsbawm', given: 'Eric' }]],
  ['text', 'Beard, Mary (ed.) (2001). Classics. Oxford.', [{ family: 'Beard', given: 'Mary' }]],
  ['text', 'Sontag, Susan. "Against Interpretation". Evergreen Review. 1964.', [{ family: 'Sontag', given: 'Susan' }]],
  ['text', 'Ministry of Foreign Affairs (2015). White Paper. Beijing.', [{ literal: 'Ministry of Foreign Affairs' }]],
  ['text', 'Human Rights Watch (2019). World Report 2019. New York.', [{ literal: 'Human Rights Watch' }]],
  ['text', 'Media Bias (2008). The Sixth Estate.', []],
  ['text', 'Official Website (2015). Home page.', []],
  ['text', 'Pew Research Center (2018). "Religion in America". Retrieved 2019-01-01.', [{ literal: 'Pew Research Center' }]],
  ['text', '"Census 2011". Statistics South Africa. Retrieved 2012-02-16.', []],
  ['text', 'Red Star over the Third World (2017). New Delhi: LeftWord Books.', []],
  ['text', 'The Guardian (2012-06-24). "Protests spread". Retrieved 2012-06-25.', []],
  ['text', 'BBC News: "Election results" 2010.', []],
  ['wikitext', '{{cite book |last=Roeder |first=George H., Jr. |title=The Censored War |year=1993}}', [{ family: 'Roeder', given: 'George H.', suffix: 'Jr.' }]],
  ['wikitext', '{{cite book |last=Roeder, Jr. |first=George H. |title=The Censored War |year=1993}}', [{ family: 'Roeder', given: 'George H.', suffix: 'Jr.' }]],
  // East Asian names written family name first: right from parameters, not from free text (no parser can tell).
  ['wikitext', '{{cite book |last=Zhou |first=Enlai |title=Selected Works}}', [{ family: 'Zhou', given: 'Enlai' }]],
  ['text', 'Zhou Enlai (1981). Selected Works. Beijing: Foreign Languages Press.', [{ family: 'Zhou', given: 'Enlai' }]],
  ['text', 'Mao Zedong (1937). On Contradiction. Yan\'an.', [{ family: 'Mao', given: 'Zedong' }]],
];
for (const [format, input, expected] of HAND) add(format, input, expected);

mkdirSync('test/fixtures/names', { recursive: true });
writeFileSync('test/fixtures/names/labelled.jsonl', lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
console.log(`wrote test/fixtures/names/labelled.jsonl: ${lines.length} lines, ${lines.reduce((n, l) => n + l.expected.length, 0)} names`);
