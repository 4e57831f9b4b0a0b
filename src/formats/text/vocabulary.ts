/**
 * Data, not logic: the words of the format. Infobox labels of common MediaWiki/ProleWiki
 * templates, hatnote phrases, chrome lines and reference-list headings.
 */

export interface TemplateField {
  label: string;
  /** Not printed in the rendering: an unlabeled row in this position gets this label. */
  unprinted?: boolean;
  /** A two-sided row ("side A side B"), as in conflict boxes. */
  twoSided?: boolean;
  /** A list-like row whose continuation lines are separate values. */
  list?: boolean;
}

export interface InfoboxTemplate {
  name: string;
  /** Fields in template order. */
  fields: TemplateField[];
}

const f = (label: string, extra: Omit<TemplateField, 'label'> = {}): TemplateField => ({ label, ...extra });
const sides = (label: string, unprinted = false): TemplateField => ({ label, twoSided: true, unprinted });
const list = (label: string): TemplateField => ({ label, list: true });

export const INFOBOX_TEMPLATES: InfoboxTemplate[] = [
  {
    name: 'military conflict',
    fields: [
      f('Part of', { unprinted: true }),
      f('Date'),
      f('Location', { unprinted: true }),
      f('Coordinates'),
      f('Status'),
      f('Result'),
      f('Territorial changes'),
      sides('Belligerents', true),
      sides('Commanders and leaders'),
      sides('Units involved'),
      sides('Strength'),
      sides('Casualties and losses'),
    ],
  },
  {
    name: 'civil conflict',
    fields: [
      f('Date'),
      f('Location', { unprinted: true }),
      f('Caused by'),
      list('Goals'),
      list('Methods'),
      f('Resulted in'),
      f('Status'),
      sides('Parties', true),
      sides('Lead figures'),
      sides('Number'),
      sides('Casualties'),
    ],
  },
  {
    name: 'person',
    fields: [
      f('Native name', { unprinted: true }),
      f('Born'),
      f('Died'),
      f('Cause of death'),
      f('Resting place'),
      f('Nationality'),
      f('Citizenship'),
      list('Other names'),
      list('Political party'),
      list('Political line'),
      list('Ideology'),
      list('Spouse(s)'),
      list('Spouse'),
      f('Partner'),
      list('Children'),
      list('Parents'),
      list('Relatives'),
      list('Alma mater'),
      list('Education'),
      list('Occupation'),
      list('Known for'),
      list('Notable work'),
      list('Notable works'),
      list('Awards'),
      f('In office'),
      f('Preceded by'),
      f('Succeeded by'),
      f('Deputy'),
      f('President'),
      f('Premier'),
      f('Years active'),
      f('Allegiance'),
      f('Branch/service'),
      f('Service years'),
      f('Rank'),
      list('Battles/wars'),
      f('Era'),
      f('Region'),
      f('School'),
      list('Main interests'),
      list('Notable ideas'),
      list('Influences'),
      list('Influenced'),
      f('Signature'),
      f('Pen name'),
      f('Genre'),
      f('Movement'),
    ],
  },
  {
    name: 'country',
    fields: [
      f('Native name', { unprinted: true }),
      f('Motto'),
      f('Anthem'),
      f('Anthems'),
      f('National anthem'),
      f('Capital'),
      f('Capital and largest city'),
      f('Largest city'),
      list('Official languages'),
      list('Recognised regional languages'),
      list('Recognized regional languages'),
      list('National language'),
      list('Ethnic groups'),
      f('Religion'),
      list('Demonym(s)'),
      list('Demonym'),
      f('Government'),
      f('Dominant mode of production'),
      f('Legislature'),
      f('Upper house'),
      f('Lower house'),
      f('Formation'),
      f('Establishment'),
      f('Independence'),
      f('Currency'),
      f('Time zone'),
      f('Summer (DST)'),
      f('Date format'),
      f('Driving side'),
      f('Calling code'),
      f('ISO 3166 code'),
      f('Internet TLD'),
      f('Gini'),
      f('HDI'),
      f('Water (%)'),
    ],
  },
  {
    name: 'organisation',
    fields: [
      f('Native name', { unprinted: true }),
      f('Abbreviation'),
      f('Chairman'),
      f('Chairperson'),
      f('General Secretary'),
      f('First Secretary'),
      f('Secretary-General'),
      f('Leader'),
      f('Founder'),
      list('Founders'),
      f('Founded'),
      f('Dissolved'),
      f('Merger of'),
      f('Split from'),
      f('Headquarters'),
      f('Newspaper'),
      list('Youth wing'),
      list("Women's wing"),
      list('Armed wing'),
      f('Membership'),
      list('Political alignment'),
      f('Political position'),
      list('International affiliation'),
      list('Regional affiliation'),
      f('Colors'),
      f('Colours'),
      f('Slogan'),
      f('Website'),
      f('Party flag'),
    ],
  },
  {
    name: 'book',
    fields: [
      list('Author'),
      f('Original title'),
      f('Translator'),
      f('Illustrator'),
      f('Cover artist'),
      f('Country'),
      f('Language'),
      f('Series'),
      list('Subject'),
      f('Publisher'),
      f('Publication date'),
      f('Published in English'),
      f('Media type'),
      f('Pages'),
      f('ISBN'),
      f('OCLC'),
      f('Preceded by'),
      f('Followed by'),
      f('Text'),
    ],
  },
];

/** Lines inside a box that head a group of rows and carry no value themselves. */
export const INFOBOX_GROUP_HEADERS = [
  'History',
  'Area',
  'Population',
  'GDP (PPP)',
  'GDP (nominal)',
  'Labour',
  'Economy',
  'Government',
  'Legislature',
];

/** Group headers whose unlabeled rows are rows of their own (dates in a history), not continuations. */
export const ROW_GROUPS = new Set(['History']);

/** Image alt text and captions printed inside infoboxes. */
export const INFOBOX_CAPTION_PATTERNS: RegExp[] = [
  /^(?:Flag|Coat of arms|Emblem|Seal|Logo|Insignia|Party flag|Banner|Standard)(?: of .{1,200})?$/,
  /^(?:Location|Map) of .{1,200}$/,
];

/** An image's file name printed inside an infobox (`Xi Jinping waving hand.jpg`); the line after it, unless it is a row, is its caption. */
export const INFOBOX_IMAGE_FILE = /^\S[^\n]{0,200}\.(?:jpe?g|png|svg|gif|webp|tiff?)$/i;

/** Colon-labelled rows (`Motto: …`). */
export const COLON_LABELS = ['Motto', 'Mottos', 'Anthem', 'Anthems', 'National anthem', 'Royal anthem', 'Slogan'];

export const HATNOTE_PREFIXES: { pattern: RegExp; kind: 'see-also' | 'main' | 'further' }[] = [
  { pattern: /^See also\s*:\s*/, kind: 'see-also' },
  { pattern: /^(?:See )?[Mm]ain articles?\s*:\s*/, kind: 'main' },
  { pattern: /^Further information\s*:\s*/, kind: 'further' },
];

/** Hatnotes above the lead: "This article is about X. For Y, see Z." and `"X" redirects here.` */
export const DISAMBIGUATION_PATTERNS: { pattern: RegExp; kind: 'about' | 'redirect' }[] = [
  { pattern: /^This (?:article|page) is (?:about|focused on) /, kind: 'about' },
  { pattern: /^["“].{1,200}["”] redirects here\./, kind: 'redirect' },
  { pattern: /^For (?:other uses|the .{1,200}), see /, kind: 'about' },
];

/** Skin chrome and tool lines of the rendered page. */
export const CHROME_PATTERNS: RegExp[] = [
  /^Toggle (?:menu|personal menu|the table of contents)$/,
  /^Not logged in$/,
  /^Your IP address will be publicly visible/,
  /^Jump to navigation(?: Jump to search)?$/,
  /^Jump to search$/,
  /^More (?:languages|actions)$/,
  /^Revision as of \d{1,2}:\d{2}, /,
  /^\(diff\) ← Older revision/,
  /^Navigation menu$/,
];

/** Notice boxes rendered as one plain line. */
export const NOTICE_PATTERNS: RegExp[] = [
  /^This article (?:has yet to be finished|covers a current event|is a stub|needs)/,
  /^This is a printable version/,
  /^The printable version is no longer supported/,
];

export const SITE_LINE = /^From (\S.{0,100}?), (\S.{0,200})$/;
export const REDIRECT_LINE = /^\(Redirected from (.{1,300})\)$/;

/** Headings that introduce the reference list; not sections of their own. */
export const REFERENCE_HEADINGS = new Set(['References', 'Notes', 'Citations', 'Footnotes', 'Sources', 'Notes and references']);

/** `[edit | edit source]` and `[edit]` suffixes glued to headings. */
export const EDIT_SUFFIX = /\s*\[edit(?: \| edit source)?\]$/;
