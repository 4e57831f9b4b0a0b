/**
 * Which representation of a list of citations a request asks for: `format=` decides; otherwise
 * the `Accept` header (a citation type wins over `application/json` by a higher q, or an equal q
 * when it is listed first or JSON is matched only by a wildcard; `text/x-bibliography` may carry
 * `style` and `locale` parameters, as DOI content negotiation reads them). `style`/`locale`
 * query parameters win over the header's, and ask for a bibliography when nothing else is asked.
 * `text/html` is not negotiated — browsers send it for every page — but asked with `format=html`.
 * Pure, over plain values: src/routes/citation-replies.ts reads them off a Fastify request.
 */
import { MEDIA_TYPES, type CitationFormat } from '../api/wire/citation-formats.js';
import { HttpProblem } from '../api/wire/problem.js';
import { DEFAULT_LOCALE, DEFAULT_STYLE, LOCALES, STYLE_ALIASES, STYLE_NAMES } from './catalog.js';
import type { RenderedFormat } from './render.js';

/** The formats chosen by their media type in `Accept` (not `html`, see above). */
const NEGOTIATED: [string, CitationFormat][] = Object.entries(MEDIA_TYPES)
  .filter(([format]) => format !== 'html')
  .map(([format, type]) => [type, format as CitationFormat]);

export interface Wanted {
  format: CitationFormat;
  style: string;
  locale: string;
}

export const isRendered = (format: CitationFormat): format is RenderedFormat => format !== 'json' && format !== 'csl-json';

/** The Content-Type of an answer in the wanted format. */
export function contentType({ format, style, locale }: Wanted): string {
  if (format === 'json') return 'application/json; charset=utf-8';
  if (format === 'bibliography') return `${MEDIA_TYPES.bibliography}; style=${style}; locale=${locale}; charset=utf-8`;
  return `${MEDIA_TYPES[format]}; charset=utf-8`;
}

interface Range {
  q: number;
  at: number;
  params: Map<string, string>;
}

/** The best match of each media type we answer in an Accept header (at most 64 ranges read). */
function acceptRanges(accept: string) {
  const exact = new Map<string, Range>();
  let wildcard = 0;
  for (const [at, range] of accept.split(',').slice(0, 64).entries()) {
    const [type = '', ...rest] = range.split(';').map((s) => s.trim());
    const params = new Map(rest.map((p) => p.split('=')).map(([k = '', ...v]) => [k.trim().toLowerCase(), v.join('=').trim().replace(/^"(.*)"$/, '$1')]));
    const parsed = params.has('q') ? Number(params.get('q')) : 1;
    const q = Number.isFinite(parsed) ? Math.min(Math.max(parsed, 0), 1) : 0;
    const name = type.toLowerCase();
    if (name === '*/*' || name === 'application/*') wildcard = Math.max(wildcard, q);
    else if (!exact.has(name) || q > exact.get(name)!.q) exact.set(name, { q, at, params });
  }
  return { exact, wildcard };
}

/** The format and bibliography parameters the Accept header prefers, if it prefers a citation format. */
function fromAccept(accept: string | undefined): { format: CitationFormat; params: Map<string, string> } | null {
  if (typeof accept !== 'string' || accept === '') return null;
  const { exact, wildcard } = acceptRanges(accept);
  let best: { format: CitationFormat; range: Range } | null = null;
  for (const [type, format] of NEGOTIATED) {
    const range = exact.get(type);
    if (range && range.q > 0 && (!best || range.q > best.range.q || (range.q === best.range.q && range.at < best.range.at))) best = { format, range };
  }
  if (!best) return null;
  const json = exact.get('application/json');
  const wins = json ? best.range.q > json.q || (best.range.q === json.q && best.range.at < json.at) : best.range.q >= wildcard;
  return wins ? { format: best.format, params: best.range.params } : null;
}

function checked(value: string, available: readonly string[], name: 'style' | 'locale', where: 'query' | 'header'): string {
  if (available.includes(value)) return name === 'style' ? (STYLE_ALIASES[value] ?? value) : value;
  const reason = `unknown ${name} "${value.slice(0, 64)}"; available: ${available.join(', ')}`;
  throw new HttpProblem(400, 'Invalid parameters', `${where === 'query' ? 'query parameter' : 'Accept header parameter'} "${name}": ${reason}`, [
    { in: where, name: where === 'query' ? name : 'accept', reason },
  ]);
}

/** What a request says of the format it wants: the `format`, `style` and `locale` query parameters and the Accept header. */
export interface FormatAsked {
  format?: CitationFormat | undefined;
  style?: string | undefined;
  locale?: string | undefined;
  accept?: string | undefined;
}

/** The representation asked for; 400 for an unknown style or locale in the Accept header (the query's are checked by schema). */
export function wantedFormat({ accept, ...query }: FormatAsked): Wanted {
  const accepted = query.format === undefined ? fromAccept(accept) : null;
  const format: CitationFormat = query.format ?? accepted?.format ?? (query.style !== undefined || query.locale !== undefined ? 'bibliography' : 'json');
  const headerStyle = accepted?.format === 'bibliography' ? accepted.params.get('style') : undefined;
  const headerLocale = accepted?.format === 'bibliography' ? accepted.params.get('locale') : undefined;
  const style = query.style !== undefined ? checked(query.style, STYLE_NAMES, 'style', 'query') : headerStyle !== undefined ? checked(headerStyle, STYLE_NAMES, 'style', 'header') : DEFAULT_STYLE;
  const locale =
    query.locale !== undefined ? checked(query.locale, LOCALES, 'locale', 'query') : headerLocale !== undefined ? checked(headerLocale, LOCALES, 'locale', 'header') : DEFAULT_LOCALE;
  return { format, style, locale };
}
