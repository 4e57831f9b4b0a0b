/**
 * The small query syntax we offer, read into FTS5 expressions of quoted tokens only, so that no
 * user text reaches FTS5 as syntax: FTS5 operators, column filters, `^`, NEAR and unbalanced
 * quotes a user types are plain text. Pure, but for guard(), which names FTS5's own refusals.
 */
import { createHash } from 'node:crypto';

/** Bounds on a query, so no query can make FTS5 load arbitrarily many doclists. */
export const MAX_TERMS = 32;
export const MAX_TOKENS = 64;
/** `*` after fewer characters than this is refused: the prefix would match a large part of the vocabulary. */
export const MIN_PREFIX = 2;

/** A user query the search cannot run; the route answers 400 with the reason. */
export class SearchQueryError extends Error {
  override name = 'SearchQueryError';
}

interface Term {
  tokens: string[];
  prefix: boolean;
  /** Written in quotes: searched as written, stop words included. */
  quoted: boolean;
}

/**
 * English stop words, Lucene's default set (EnglishAnalyzer.ENGLISH_STOP_WORDS_SET). In this
 * corpus each is in most sections ("the" in 90 % of 1,000,000 section rows at 100,000 articles).
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'if', 'in', 'into', 'is', 'it', 'no', 'not', 'of', 'on',
  'or', 'such', 'that', 'the', 'their', 'then', 'there', 'these', 'they', 'this', 'to', 'was', 'will', 'with',
]);
const isStopToken = (token: string) => STOP_WORDS.has(token.toLowerCase());
/** A bare stop word: left out when the query has other words. */
const isStopWord = (term: Term) => !term.quoted && !term.prefix && term.tokens.length === 1 && isStopToken(term.tokens[0]!);

export interface TranslatedQuery {
  /** The positive terms AND-ed: `"a" "b c" "d"*` (bare stop words left out when there are other terms). */
  positive: string;
  /** Whether hits are scored by bm25; not when every positive word is a stop word. */
  scored: boolean;
  /** The negative terms OR-ed (`"x" OR "y"`), or null. */
  negative: string | null;
  /** The whole query as one FTS5 expression, `(positive) NOT (negative)`; its digest keys cursors. */
  expression: string;
  /** A digest of the expression, so a cursor is only taken by the query that made it. */
  digest: string;
}

// Runs of what FTS5's unicode61 tokenizer keeps (letters, numbers; marks are folded away by
// remove_diacritics). Everything else separates tokens, quotes and operators included. A run is a
// token if it holds a letter or a number.
const TOKEN_RUN = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;
const HAS_CONTENT = /[\p{L}\p{N}]/u;
const QUOTE = /["“”„«»]/u;
const SPACE = /[\s\p{Cc}\p{Cf}\p{Z}]/u;

export function tokensOf(text: string): string[] {
  return (text.match(TOKEN_RUN) ?? []).filter((token) => HAS_CONTENT.test(token));
}

const ftsTerm = (term: Term): string => `"${term.tokens.join(' ')}"${term.prefix ? '*' : ''}`;

/**
 * The user's query as FTS5 expressions. Syntax: words (all must match), `"exact phrase"`, `word*`
 * (prefix; also `"a phrase"*`), `-word` / `-"phrase"` (exclusion). Anything else is text: FTS5
 * operators are words, punctuation separates words, an unbalanced quote runs to the end.
 */
export function translateQuery(input: string): TranslatedQuery {
  const positive: Term[] = [];
  const negative: Term[] = [];
  const chars = [...input];
  let i = 0;
  while (i < chars.length) {
    if (SPACE.test(chars[i]!)) {
      i++;
      continue;
    }
    let negated = false;
    if ((chars[i] === '-' || chars[i] === '\u2212') && i + 1 < chars.length && !SPACE.test(chars[i + 1]!)) {
      negated = true;
      i++;
    }
    let text = '';
    let prefix = false;
    const quoted = QUOTE.test(chars[i]!);
    if (quoted) {
      i++;
      while (i < chars.length && !QUOTE.test(chars[i]!)) text += chars[i++];
      i++; // the closing quote, if any
      if (chars[i] === '*') {
        prefix = true;
        while (chars[i] === '*') i++;
      }
    } else {
      while (i < chars.length && !SPACE.test(chars[i]!) && !QUOTE.test(chars[i]!)) text += chars[i++];
      prefix = /[\p{L}\p{N}\p{M}]\*+$/u.test(text);
    }
    const tokens = tokensOf(text);
    if (tokens.length === 0) continue;
    if (prefix && [...tokens[tokens.length - 1]!].length < MIN_PREFIX) {
      throw new SearchQueryError(`A prefix search needs at least ${MIN_PREFIX} characters before \`*\` ("${text}").`);
    }
    (negated ? negative : positive).push({ tokens, prefix, quoted });
  }
  if (positive.length === 0) {
    throw new SearchQueryError(
      negative.length > 0
        ? 'The query needs at least one positive term: `-word` only excludes from what the other terms find.'
        : 'The query has no searchable terms: it needs at least one positive term (a word, a number, or a "phrase").',
    );
  }
  const unique = (terms: Term[]) => [...new Set(terms.map(ftsTerm))];
  const content = positive.filter((term) => !isStopWord(term));
  const searched = content.length > 0 ? content : positive;
  const pos = unique(searched);
  const neg = unique(negative);
  if (pos.length + neg.length > MAX_TERMS) {
    throw new SearchQueryError(`The query has ${pos.length + neg.length} terms; at most ${MAX_TERMS} are searched.`);
  }
  const tokenCount = [...positive, ...negative].reduce((sum, term) => sum + term.tokens.length, 0);
  if (tokenCount > MAX_TOKENS) {
    throw new SearchQueryError(`The query has ${tokenCount} words; at most ${MAX_TOKENS} are searched.`);
  }
  const positiveExpr = pos.join(' ');
  const negativeExpr = neg.length > 0 ? neg.join(' OR ') : null;
  const expression = negativeExpr ? `(${positiveExpr}) NOT (${negativeExpr})` : positiveExpr;
  return {
    positive: positiveExpr,
    scored: !searched.every((term) => term.tokens.every(isStopToken)),
    negative: negativeExpr,
    expression,
    digest: createHash('sha1').update(expression).digest('base64url').slice(0, 10),
  };
}

/** Completion expressions: the whole title starting with the words, and the words anywhere. */
export function translatePrefix(input: string): { whole: string; words: string } | null {
  const tokens = tokensOf(input).slice(0, 16);
  if (tokens.length === 0) return null;
  // The last word is still being typed unless a space or punctuation follows it.
  const typing = /[\p{L}\p{N}\p{M}]$/u.test(input);
  const last = tokens.length - 1;
  return {
    whole: `^"${tokens.join(' ')}"${typing ? '*' : ''}`,
    words: tokens.map((token, i) => `"${token}"${typing && i === last ? '*' : ''}`).join(' '),
  };
}

/** FTS5 reports a query it cannot run as an SQLITE_ERROR starting "fts5:"; it is the query's fault. */
export function guard<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    if (/^fts5:|unterminated string|malformed MATCH/i.test(message)) {
      throw new SearchQueryError('The query could not be run; quote unusual characters or remove them.');
    }
    throw error;
  }
}
