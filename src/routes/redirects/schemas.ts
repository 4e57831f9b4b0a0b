import { Type, type Static } from 'typebox';
import { Page } from '../common.js';

export const Redirect = Type.Object(
  {
    from: Type.String({ description: 'The redirect title', examples: ['October Revolution'] }),
    to: Type.String({ description: 'The title of the target article', examples: ['Russian revolution of 1917'] }),
    href: Type.String({ description: 'The target article resource', examples: ['/v1/articles/Russian_revolution_of_1917'] }),
    fragment: Type.Optional(
      Type.String({ description: 'The section of the target the redirect leads to, as written after `#` (wikitext `#REDIRECT [[Target#Section]]`); absent when it leads to the article', examples: ['Early life'] }),
    ),
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
