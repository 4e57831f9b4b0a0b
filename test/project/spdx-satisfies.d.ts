/** spdx-satisfies 6 ships no types: `satisfies(expression, approved)` throws on an expression it cannot parse. */
declare module 'spdx-satisfies' {
  function satisfies(expression: string, approved: string[]): boolean;
  export = satisfies;
}
