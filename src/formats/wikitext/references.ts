/**
 * A page's references as Cite numbers them, collected while parse.ts reads the page: numbered by
 * first use, a named reuse keeping its number, each group (`<ref group=…>`, {{efn}}) numbered
 * apart; `n` runs over the default group first, then the others. {{sfn}} short footnotes are
 * references too, one a distinct text.
 */
import type { Part, Problem, Reference, Section } from '../../document/types.js';
import { emptyFields, mapReference, type MappedReference } from './citations.js';
import { displayText, oneLine } from './display.js';
import { numberByGroup, shortFootnote } from './notes.js';
import { childOf, type WikiNode } from './parser/nodes.js';
import type { Vocabulary } from './site.js';
import { attribute, sourceText, templateKey, templateParameters } from './templates.js';
import { NOTE_TEMPLATES, SHORT_FOOTNOTE_TEMPLATES } from './vocabulary.js';
import { linkShortFootnotes } from './short-footnotes.js';
import type { ReferenceFields } from '../../document/references/schema.js';

export class ReferenceCollector {
  readonly references: Reference[] = [];
  readonly citationUses: { seq: number; n: number; section: number | null }[] = [];
  /** Where the uses are now: the part, its section (null in the infobox) and the numbers cited in its block so far. */
  seq = 0;
  section: number | null = null;
  cited: number[] = [];
  private readonly byKey = new Map<string, Reference>();
  private readonly pendingNamed = new Map<string, { seq: number; name: string }>();
  /** The highest number given so far. */
  private highest = 0;

  /** The citation templates outside `<ref>`s (a bibliography's entries), which {{sfn}} footnotes may abbreviate. */
  readonly bibliography: ReferenceFields[] = [];

  constructor(
    private readonly text: string,
    private readonly vocabulary: Vocabulary,
  ) {}

  /** A use of the reference `key` of `group` (`define` gives its content, when this use has it). */
  private use(group: string | null, name: string | null, key: string | null, define: (() => MappedReference) | null, inReferencesList: boolean): void {
    const mapKey = key === null ? null : `${group ?? ''}\u0000${key}`;
    let reference = mapKey !== null ? this.byKey.get(mapKey) : undefined;
    if (!reference) {
      reference = Object.assign(emptyFields(), { seq: this.seq, n: 0, text: '', name }) as Reference;
      if (group !== null) reference.group = group;
      if (!inReferencesList) this.highest = reference.n = this.references.length + 1;
      this.references.push(reference);
      if (mapKey !== null) this.byKey.set(mapKey, reference);
      if (!define && mapKey !== null && name !== null) this.pendingNamed.set(mapKey, { seq: this.seq, name });
    }
    if (define && reference.text === '') {
      const mapped = define();
      Object.assign(reference, mapped.fields, { text: mapped.text, seq: this.seq });
      if (mapped.template) reference.template = mapped.template;
      if (mapKey !== null) this.pendingNamed.delete(mapKey);
    }
    if (!inReferencesList) {
      if (reference.n === 0) reference.n = ++this.highest;
      this.highest = Math.max(this.highest, reference.n);
      this.citationUses.push({ seq: this.seq, n: reference.n, section: this.section });
      if (!this.cited.includes(reference.n)) this.cited.push(reference.n);
    }
  }

  /** A `<ref>`: its use, and its content when it has some; in the references list, a definition only. */
  readonly onRef = (node: WikiNode, inReferencesList = false, listGroup: string | null = null): void => {
    const { text } = this;
    const name = attribute(node, 'name');
    const inner = childOf(node, 'extension-inner');
    const hasContent = inner !== undefined && sourceText(text, inner).trim() !== '';
    this.use(attribute(node, 'group') ?? listGroup, name, name, hasContent ? () => mapReference(text, inner.children, this.vocabulary) : null, inReferencesList);
  };

  /** {{efn|…}}, {{refn|group=…|…}}: a ref; {{sfn|Author|Year|p=…}}: the short footnote it prints, one per distinct text. */
  readonly onNote = (template: WikiNode): void => {
    const { text } = this;
    const key = templateKey(template);
    const parameters = templateParameters(template);
    const named = (name: string) => parameters.find((p) => p.name === name);
    const namedText = (name: string) => {
      const found = named(name);
      return found ? oneLine(sourceText(text, found.value)) || null : null;
    };
    const shortForm = SHORT_FOOTNOTE_TEMPLATES[key];
    if (shortForm) {
      const shown = (value: WikiNode) => oneLine(displayText(text, value.children));
      const value = (name: string) => {
        const found = named(name);
        return found ? shown(found.value) : '';
      };
      const short = shortFootnote(parameters.filter((p) => p.positional).map((p) => shown(p.value)), value, shortForm);
      if (short === null) return;
      const fields = { ...emptyFields(), authors: short.authors, names: short.authors.map((family) => ({ family })), year: short.year, pages: short.pages };
      this.use(null, null, `sfn\u0000${short.text}`, () => ({ fields, text: short.text, template: key }), false);
      return;
    }
    const group = NOTE_TEMPLATES[key] ?? namedText('group');
    const content = named('1') ?? parameters.find((p) => p.positional);
    const name = namedText('name');
    this.use(group, name, name, content && sourceText(text, content.value).trim() !== '' ? () => ({ ...mapReference(text, content.value.children, this.vocabulary), template: key }) : null, false);
  };

  /** A citation template outside any `<ref>` (its fields, for the short footnotes). */
  readonly onBibliographyEntry = (template: WikiNode): void => {
    if (this.vocabulary.citationTemplates[templateKey(template)]) this.bibliography.push(mapReference(this.text, [template], this.vocabulary).fields);
  };

  /**
   * Once the page is read: list-defined refs never cited numbered after the cited ones, the
   * references in number order and labelled by group; a warning for each name used but never defined.
   */
  finish(parts: Part[], sections: Section[]): Problem[] {
    const problems: Problem[] = [];
    for (const { seq, name } of this.pendingNamed.values()) {
      problems.push({ severity: 'warning', line: parts[seq]?.line ?? 1, message: `<ref name="${name}"> is used but never defined` });
    }
    let next = Math.max(0, ...this.references.map((r) => r.n));
    for (const reference of this.references) if (reference.n === 0) reference.n = ++next;
    this.references.sort((a, b) => a.n - b.n);
    numberByGroup(this.references, sections, this.citationUses);
    linkShortFootnotes(this.references, this.bibliography);
    return problems;
  }
}
