/**
 * A page's metadata, gathered from the nodes parse.ts's one walk already visits (templates and
 * files): its short description, main image, every infobox, the templates it transcludes and its
 * locations. Bounded: a page with thousands of {{coord}} or a huge description costs a warning, not work.
 */
import type { Coordinate, Document, Infobox, Problem, PageTemplate, TemplateParameter } from '../../document/types.js';
import { coordTemplate, infoboxCoordinates, type CoordinateReading } from './coordinates.js';
import { displayText, oneLine } from './display.js';
import { fileImage, infoboxImage, withHref, type ImageSite } from './image.js';
import { parseInfobox } from './infobox.js';
import type { WikiNode } from './parser/nodes.js';
import type { Segment } from './segments.js';
import { infoboxKind, type SiteConfig } from './site.js';
import { templateKey, templateParameters } from './templates.js';
import { wikitextValue } from './values.js';
import { COORDINATE_TEMPLATES, NO_DESCRIPTION, SHORT_DESCRIPTION_TEMPLATES } from './metadata-vocabulary.js';

/** {{coord}} templates read a page at most; past them, one warning. */
export const MAX_COORDINATES = 100;
/** Infoboxes read a page at most. */
export const MAX_INFOBOXES = 50;
/** Characters of a short description at most (Wikipedia asks for about 40); a longer one is a warning, not a description. */
export const MAX_DESCRIPTION_LENGTH = 500;
/** Warnings about metadata a page at most. */
const MAX_METADATA_WARNINGS = 5;
/** Template parameters kept a page at most; past them, one warning. */
export const MAX_TEMPLATE_PARAMETERS = 2_000;
/** A parameter's displayed value is kept up to this many characters (longer: null, the article has it). */
export const MAX_PARAMETER_VALUE = 500;
/** Longest template name kept (a title is at most 255 bytes). */
const MAX_NAME_LENGTH = 255;

const TEMPLATE_NAMESPACE = 10;

/** What a template's name says, worked out once a name a site. */
interface TemplateInfo {
  /** The name normalised as titles are, without `Template:`; null when it names no template (another namespace, markup). */
  name: string | null;
  kind: 'infobox' | 'coord' | 'description' | 'citation' | null;
}

type Metadata = Pick<Document, 'description' | 'image' | 'infoboxes' | 'templates' | 'templateParameters' | 'coordinates'>;

/** Per site (its namespaces and vocabulary): raw name → what it says. Cleared when it grows past a bound. */
const infoCache = new WeakMap<SiteConfig, Map<string, TemplateInfo>>();
const MAX_CACHED_NAMES = 20_000;

/** The names of a site already worked out. */
function cacheOf(site: SiteConfig): Map<string, TemplateInfo> {
  let cache = infoCache.get(site);
  if (!cache) infoCache.set(site, (cache = new Map()));
  return cache;
}

function templateInfo(template: WikiNode, site: SiteConfig, cache: Map<string, TemplateInfo>): TemplateInfo {
  const raw = template.name ?? '';
  let info = cache.get(raw);
  if (info) return info;
  const key = templateKey(template);
  const kind =
    infoboxKind(key, site.vocabulary) !== null
      ? 'infobox'
      : COORDINATE_TEMPLATES.has(key)
        ? 'coord'
        : SHORT_DESCRIPTION_TEMPLATES.has(key)
          ? 'description'
          : site.vocabulary.citationTemplates[key]
            ? 'citation'
            : null;
  info = { name: templateName(raw, site), kind };
  if (cache.size >= MAX_CACHED_NAMES) cache.clear();
  cache.set(raw, info);
  return info;
}

/** `Template:cite_web`, `cite web` → "Cite web"; `{{:Page}}`, `{{User:X/y}}` and names made by templates → null. */
export function templateName(raw: string, site: Pick<SiteConfig, 'namespaces' | 'firstLetterCase'>): string | null {
  let name = raw.replace(/^(?:safe)?subst\s*:/i, '').replace(/#.*$/s, '').replace(/[_\s\u00a0]+/g, ' ').trim();
  if (name === '' || name.length > MAX_NAME_LENGTH || /[{}[\]|<>]/.test(name)) return null;
  const colon = name.indexOf(':');
  if (colon !== -1) {
    const namespace = site.namespaces.get(name.slice(0, colon).trim().toLowerCase());
    if (colon === 0 || (namespace !== undefined && namespace !== TEMPLATE_NAMESPACE)) return null;
    if (namespace === TEMPLATE_NAMESPACE) name = name.slice(colon + 1).trim();
    if (name === '') return null;
  }
  return site.firstLetterCase ? name.charAt(0).toUpperCase() + name.slice(1) : name;
}

export class MetadataCollector {
  private readonly templates = new Map<string, PageTemplate & { index: number }>();
  private readonly parameters: TemplateParameter[] = [];
  /** Parameters met past MAX_TEMPLATE_PARAMETERS, and where the first was. */
  private parameterOverflow = { count: 0, start: 0 };
  private readonly infoboxes: { node: WikiNode; seq: number }[] = [];
  private firstInfobox: { node: WikiNode; seq: number; parameterStarts?: number[] } | null = null;
  /** The description's node; `prefixed`: it is a {{SHORTDESC:…}} name, whose text follows its colon. */
  private description: { value: WikiNode; start: number; prefixed: boolean } | null = null;
  private leadFile: WikiNode | null = null;
  private readonly readings: { reading: CoordinateReading; start: number }[] = [];
  private coordTemplates = 0;
  /** Where the first {{coord}} past MAX_COORDINATES is. */
  private coordOverflow = 0;
  private infoboxCount = 0;
  private readonly names: Map<string, TemplateInfo>;

  constructor(
    private readonly text: string,
    private readonly title: string,
    private readonly site: SiteConfig,
    private readonly base: string | null | undefined,
  ) {
    this.names = cacheOf(site);
  }

  /** A template or file node met in the walk, in document order: `s` is its segment, `seq` that segment's first part. */
  visit(node: WikiNode, s: Segment, seq: number, section: number): void {
    if (node.type === 'file') {
      if (this.leadFile === null && section === 0 && node.target?.ns === 6 && !node.target.dynamic) this.leadFile = node;
      return;
    }
    const info = templateInfo(node, this.site, this.names);
    if (info.name !== null) {
      let use = this.templates.get(info.name);
      if (use) use.count++;
      else this.templates.set(info.name, (use = { name: info.name, count: 1, citation: info.kind === 'citation', index: this.templates.size }));
      // A citation template's parameters are read into its citation; stored twice they would double a page's rows.
      if (info.kind !== 'citation') this.keepParameters(node, use.index, use.count - 1, info.kind === 'infobox');
    }
    if (info.kind === 'infobox') this.onInfobox(node, s, seq);
    else if (info.kind === 'coord') {
      if (++this.coordTemplates <= MAX_COORDINATES) this.readings.push({ reading: coordTemplate(this.text, node), start: node.start });
      else if (this.coordTemplates === MAX_COORDINATES + 1) this.coordOverflow = node.start;
    } else if (info.kind === 'description') {
      const parameters = templateParameters(node);
      const value = parameters.find((p) => p.name === '1')?.value;
      if (value) this.offerDescription({ value, start: node.start, prefixed: false }, this.saysNoReplace(parameters.slice(1)));
    }
  }

  /** `{{SHORTDESC:text|noreplace}}`, the parser function {{Short description}} calls: its text is in the name, after the colon. */
  visitShortdesc(node: WikiNode): void {
    const name = node.children[0];
    if (name) this.offerDescription({ value: name, start: node.start, prefixed: true }, this.saysNoReplace(templateParameters(node)));
  }

  private saysNoReplace(parameters: readonly { positional: boolean; value: WikiNode }[]): boolean {
    return parameters.some((p) => p.positional && this.text.slice(p.value.start, p.value.end).trim().toLowerCase() === 'noreplace');
  }

  /** As MediaWiki's ShortDescription: a later description replaces an earlier one, unless it says `noreplace`. */
  private offerDescription(description: NonNullable<MetadataCollector['description']>, noReplace: boolean): void {
    if (this.description === null || !noReplace) this.description = description;
  }

  /** `typed`: an infobox's parameters are typed too (src/document/values), for queries by value. */
  private keepParameters(node: WikiNode, template: number, use: number, typed: boolean): void {
    for (const { name, value } of templateParameters(node)) {
      if (value.end === value.start || this.text.slice(value.start, value.end).trim() === '') continue;
      if (this.parameters.length >= MAX_TEMPLATE_PARAMETERS) {
        if (this.parameterOverflow.count++ === 0) this.parameterOverflow.start = node.start;
        continue;
      }
      // Measured on the source first: a huge value (a nested table, a whole list) is not displayed to be dropped.
      let shown = value.end - value.start <= MAX_PARAMETER_VALUE * 4 ? oneLine(displayText(this.text, value.children)) : null;
      if (shown !== null && shown.length > MAX_PARAMETER_VALUE) shown = null;
      // Nothing shown of a value made by templates ({{convert|…}}) means "not known here", not "empty".
      if (shown === '' && value.children.some((child) => child.type === 'template' || child.type === 'magic-word')) shown = null;
      const reading = typed && value.end - value.start <= MAX_PARAMETER_VALUE * 4 ? wikitextValue(this.text, value, { language: this.site.language, name: name.trim() }) : null;
      this.parameters.push({ template, use, name: name.trim(), value: shown, ...(reading ? { typed: reading } : {}) });
    }
  }

  private onInfobox(node: WikiNode, s: Segment, seq: number): void {
    // The document's `infobox` is the first infobox that is a segment of its own: its parameters are parts.
    if (this.firstInfobox === null && node === s.main && s.kind === 'template') this.firstInfobox = { node, seq };
    if (++this.infoboxCount > MAX_INFOBOXES) return;
    this.infoboxes.push({ node, seq: this.seqWithin(node, seq) });
    const reading = infoboxCoordinates(this.text, node);
    if (reading) this.readings.push({ reading, start: node.start });
  }

  /** A node's part: inside the first infobox, the part of the parameter it is in; else its segment's. */
  private seqWithin(node: WikiNode, seq: number): number {
    const first = this.firstInfobox;
    if (!first || node === first.node || node.start < first.node.start || node.end > first.node.end) return seq;
    // Made when a box is first found nested in it (seldom).
    const starts = (first.parameterStarts ??= templateParameters(first.node).map((p) => p.value.start));
    let i = 0;
    while (i < starts.length && starts[i]! <= node.start) i++;
    return first.seq + i;
  }

  /** The metadata, once the walk is over; `infobox` is the document's (the first), `line` maps offsets to lines. */
  finish(infobox: Infobox | null, line: (offset: number) => number): Metadata & { problems: Problem[] } {
    const problems: Problem[] = [];
    const warn = (start: number, message: string) => {
      if (problems.length < MAX_METADATA_WARNINGS) problems.push({ severity: 'warning', line: line(start), message: `${message} in "${this.title}"` });
    };
    const site: ImageSite = { namespaces: this.site.namespaces, firstLetterCase: this.site.firstLetterCase, base: this.base };
    const infoboxes = this.infoboxes.map(({ node, seq }): Infobox => {
      if (node === this.firstInfobox?.node && infobox) return infobox;
      // Another box's refs are numbered where the walk meets them: read quietly here.
      const box = parseInfobox(this.text, node, this.title, seq, this.site.vocabulary, this.site.language, () => ({}));
      return { ...box, fields: box.fields.map((field) => ({ ...field, seq })) };
    });
    if (this.infoboxCount > MAX_INFOBOXES) warn(0, `${this.infoboxCount} infoboxes, of which the first ${MAX_INFOBOXES} are read,`);
    const leadImage = this.leadFile ? withHref(fileImage(this.text, this.leadFile), site) : null;
    const image = (this.firstInfobox ? infoboxImage(this.text, this.firstInfobox.node, site) : null) ?? leadImage;
    const { count, start } = this.parameterOverflow;
    if (count > 0) warn(start, `${(MAX_TEMPLATE_PARAMETERS + count).toLocaleString('en')} template parameters, of which the first ${MAX_TEMPLATE_PARAMETERS.toLocaleString('en')} are kept,`);
    const templates = [...this.templates.values()].map(({ name, count, citation }) => ({ name, count, citation }));
    return { description: this.descriptionOf(warn), image, infoboxes, templates, templateParameters: this.parameters, coordinates: this.coordinatesOf(warn), problems };
  }

  private descriptionOf(warn: (start: number, message: string) => void): string | null {
    if (!this.description) return null;
    const { value, start, prefixed } = this.description;
    // Measured on the source before it is displayed: a 100 KB value is not read.
    const length = value.end - value.start;
    const displayed = length <= MAX_DESCRIPTION_LENGTH * 4 ? displayText(this.text, value.children) : null;
    const shown = displayed === null ? null : oneLine(prefixed ? displayed.replace(/^[^:]*:/, '') : displayed);
    if (shown === null || shown.length > MAX_DESCRIPTION_LENGTH) {
      warn(start, `short description of ${(shown?.length ?? length).toLocaleString('en')} characters (the limit is ${MAX_DESCRIPTION_LENGTH}) ignored`);
      return null;
    }
    return shown === '' || shown.toLowerCase() === NO_DESCRIPTION ? null : shown;
  }

  /** The locations read, in document order, each once (a point given twice is primary if either says so). */
  private coordinatesOf(warn: (start: number, message: string) => void): Coordinate[] {
    if (this.coordTemplates > MAX_COORDINATES) warn(this.coordOverflow, `${this.coordTemplates.toLocaleString('en')} {{coord}} templates, of which the first ${MAX_COORDINATES} are read,`);
    const byPoint = new Map<string, Coordinate>();
    for (const { reading, start } of this.readings) {
      if (reading === null) continue;
      if ('problem' in reading) {
        warn(start, `${reading.problem}: not a location`);
        continue;
      }
      const { lat, lon, primary } = reading.coordinate;
      const known = byPoint.get(`${lat},${lon}`);
      if (known) known.primary ||= primary;
      else byPoint.set(`${lat},${lon}`, { lat, lon, primary });
    }
    return [...byPoint.values()];
  }
}
