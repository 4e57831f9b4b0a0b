/**
 * Sort keys sharing their macros' tokens: citeproc-js made to build each macro a sort key calls once
 * per build context and run it as a token list of its own — as it already does for the macros of a
 * layout — instead of copying the macro's tokens, and those of every macro it calls, into the key at
 * each call site.
 *
 * Why: APA's sort key `author-sort` reaches `author`, whose substitutes call `author-title-substitute`
 * (titles, descriptions…) twice, and citeproc inlines every level of that for the citation and the
 * bibliography sort alike: tokens by the tens of thousands, each with its closures, almost all of an
 * APA engine's memory and of its build time (bench/results.md). A macro's tokens depend on the build
 * state at its call site (the sort direction, the substitute level, names nesting…), so a body is shared only
 * between call sites whose build state is the same, and each is built by citeproc's own
 * `expandMacro` into a list of its own, configured as citeproc configures a layout macro's list. The
 * tokens run are built alike and run in the same order, so sort keys, and every bibliography, are unchanged
 * (test/citations/sort-macros.test.ts compares engines built both ways).
 *
 * citeproc's files are not changed: one function of its `CSL` namespace is wrapped, from here, on
 * the instance render.ts requires (docs/licences.md).
 */

/** The little of citeproc's internals used here (untyped in citeproc). */
interface Token {
  execs: ((this: Token, state: EngineState, item: unknown, cite: unknown) => unknown)[];
  postponed_macro?: string;
  strings: { sort_direction?: unknown };
}
interface EngineState {
  build: Record<string, unknown> & { root: string; extension: string; substitute_level: { value(): unknown } };
  configureTokenList(tokens: Token[]): void;
  [area: string]: unknown;
}
export interface CiteprocInternals {
  expandMacro: (this: EngineState, token: Token, target: Token[]) => void;
  tokenExec: (this: EngineState, token: Token, item: unknown, cite: unknown) => number;
  Token: new (name: string, type: number) => Token;
  SINGLETON: number;
}

const SHARED = Symbol('sort macros shared');
/** Where an engine keeps the bodies built so far: a key of the build context → its token list. */
const BODIES = Symbol('sort macro bodies');

/** The build state a macro's tokens may depend on: its primitive fields, and the substitute level. */
function context(state: EngineState, token: Token): string {
  const primitives = Object.entries(state.build).filter(([, value]) => value === null || (typeof value !== 'object' && typeof value !== 'function'));
  return JSON.stringify([token.postponed_macro, token.strings.sort_direction, state.build.substitute_level.value(), primitives]);
}

/** Wraps `CSL.expandMacro` so that sort keys share their macros' tokens (once per CSL namespace). */
export function shareSortMacros(CSL: CiteprocInternals): void {
  const marked = CSL as CiteprocInternals & { [SHARED]?: true };
  if (marked[SHARED]) return;
  marked[SHARED] = true;
  const expandMacro = CSL.expandMacro;
  CSL.expandMacro = function (token, target) {
    // A layout's macros are already built once and run as their own list.
    if (!this.build.extension) return expandMacro.call(this, token, target);
    const holder = this as EngineState & { [BODIES]?: Map<string, Token[]> };
    const built = (holder[BODIES] ??= new Map());
    const key = context(this, token);
    let body = built.get(key);
    if (!body) {
      // citeproc builds a sort key's macro into the key's list (`this[root + extension].tokens`):
      // pointed at a fresh list for the while, it builds the macro there.
      const list = this[this.build.root + this.build.extension] as { tokens: Token[] };
      const outer = list.tokens;
      body = list.tokens = [];
      try {
        expandMacro.call(this, token, body);
      } finally {
        list.tokens = outer;
      }
      this.configureTokenList(body);
      built.set(key, body);
    }
    const tokens = body;
    const run = new CSL.Token('text', CSL.SINGLETON);
    run.execs.push(function (state, item, cite) {
      for (let next = 0; next < tokens.length; ) next = CSL.tokenExec.call(state, tokens[next]!, item, cite);
    });
    target.push(run);
  };
}
