/** The wire schemas of redirects: a redirect with its target and fragment, their page and the path parameter. */
import { Type, type Static } from 'typebox';
import { Page } from './common.js';

export const Redirect = Type.Object(
  {
    from: Type.String({ description: 'The redirect title', examples: ['October Revolution'] }),
    to: Type.String({ description: 'The title of the target article', examples: ['Russian revolution of 1917'] }),
    fragment: Type.Union([Type.String(), Type.Null()], {
      description: 'The section of the target the redirect leads to (`#REDIRECT [[Title#Section]]`); null when it names none',
      examples: [null],
    }),
    href: Type.String({ description: 'The target article resource', examples: ['/v1/articles/Russian_revolution_of_1917'] }),
  },
  { description: 'A redirect from an alternative title to an article' },
);
export type Redirect = Static<typeof Redirect>;

export const RedirectPage = Page(Redirect, 'A page of redirects, in title order');

export const RedirectParams = Type.Object({
  title: Type.String({
    minLength: 1,
    maxLength: 512,
    description: 'The redirect title in any spelling MediaWiki normalises to the same title: spaces or underscores, first-letter case',
    examples: ['October Revolution'],
  }),
});
