/** The wire schemas of cite-this-article: the citation of an article itself and its CSL-JSON item. */
import { Type, type Static } from 'typebox';
import { License, ResolvedRef } from './articles.js';
import { CslDate, CslName } from './csl.js';

export const ArticleCslItem = Type.Object(
  {
    id: Type.String({ description: 'The article slug', examples: ['Russian_revolution_of_1917'] }),
    type: Type.Literal('entry-encyclopedia'),
    title: Type.String({ examples: ['Russian revolution of 1917'] }),
    'container-title': Type.String({ description: 'The site (the encyclopedia the entry is in; not repeated as publisher, which styles would print twice)', examples: ['Wikipedia'] }),
    author: Type.Array(CslName, { description: '"‹site› contributors", a literal name', examples: [[{ literal: 'Wikipedia contributors' }]] }),
    issued: Type.Optional(CslDate),
    accessed: CslDate,
    version: Type.String({
      description: 'The version cited: the revision id (wikitext), else the first 12 hex digits of the sha256 of the source document',
      examples: ['1221234567'],
    }),
    URL: Type.String({ description: 'The permanent URL', examples: ['https://api.example.org/v1/articles/Russian_revolution_of_1917'] }),
  },
  { description: 'The article as a CSL-JSON item (an encyclopedia entry)' },
);
export type ArticleCslItem = Static<typeof ArticleCslItem>;

export const CiteThisArticle = Type.Object(
  {
    article: ResolvedRef,
    site: Type.String({ description: 'The site the article comes from', examples: ['Wikipedia'] }),
    author: Type.String({ description: '"‹site› contributors"', examples: ['Wikipedia contributors'] }),
    title: Type.String({ examples: ['Russian revolution of 1917'] }),
    revision: Type.Union([Type.Object({ id: Type.Integer(), timestamp: Type.String({ format: 'date-time' }) }), Type.Null()], {
      description: 'The revision imported (wikitext); null for text documents',
    }),
    permanentUrl: Type.String({
      description: "The wiki's URL of the revision (`Special:Redirect/revision/<id>`) when the export gave the wiki's base URL, else this API's absolute URL of the article",
      examples: ['https://en.wikipedia.org/wiki/Special:Redirect/revision/1221234567'],
    }),
    accessed: Type.String({ format: 'date', description: 'Today (UTC), the access date', examples: ['2026-12-02'] }),
    license: Type.Union([License, Type.Null()], { description: "The licence of the site's content; null when the server configures none" }),
    csl: ArticleCslItem,
  },
  { description: 'How to cite an article (as Special:CiteThisPage)' },
);
export type CiteThisArticle = Static<typeof CiteThisArticle>;
