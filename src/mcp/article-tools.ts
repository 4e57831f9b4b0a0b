/** The MCP tools on one article: its readable text (paged), its infobox, a citation of it. */
import { Type } from 'typebox';
import { citeArticle } from '../api/cite.js';
import { CiteThisArticle } from '../api/wire/cite.js';
import { findSection } from '../api/lookup.js';
import { decodeCursor, encodeCursor } from '../api/pagination.js';
import { Infobox, ResolvedRef } from '../api/wire/articles.js';
import { Nullable, SectionRef, TitleParam } from '../api/wire/common.js';
import { sourceHref } from '../api/wire/links.js';
import { HttpProblem } from '../api/wire/problem.js';
import { articleBlocks, joinBlocks, oneSectionBlocks, paginate } from './text.js';
import { absolute, ApiUrl, tool, type ToolDefinition, type ToolQueries } from './tool-kit.js';

const ArticleText = Type.Object(
  {
    article: ResolvedRef,
    apiUrl: ApiUrl,
    section: Type.Optional(SectionRef),
    sections: Type.Array(SectionRef, { description: "The article's sections, to ask for one by `section`" }),
    text: Type.String({ description: 'This page of the text: Markdown headings, paragraphs with the reference numbers they cite ([1]), references at the end' }),
    references: Type.Array(
      Type.Object({
        n: Type.Integer({ description: 'The reference number' }),
        text: Type.String({ description: 'The reference as printed' }),
        source: Nullable(Type.String(), 'The cited work (`/v1/sources/{id}`); null for a note'),
      }),
      { description: 'The references cited on this page' },
    ),
    page: Type.Integer({ minimum: 1, description: 'This page (1-based)' }),
    pages: Type.Integer({ minimum: 1, description: 'Pages of the text at this `maxChars`' }),
    continuation: Nullable(Type.String(), 'Pass as `continuation` (same title and section) for the next page; null on the last page'),
  },
  { description: 'A page of the readable text of an article or one section' },
);

const GetArticleInput = Type.Object({
  title: TitleParam.properties.title,
  section: Type.Optional(
    Type.String({ minLength: 1, maxLength: 512, description: 'Only this section: its index (`0` is the lead) or anchor (`Revolution_in_Petrograd`; spaces work too)' }),
  ),
  maxChars: Type.Optional(
    Type.Integer({ minimum: 500, maximum: 100_000, default: 8_000, description: 'Characters per page (a longer paragraph is a page of its own)' }),
  ),
  continuation: Type.Optional(Type.String({ maxLength: 512, description: '`continuation` of the previous page' })),
});

const CiteInput = Type.Object({
  title: TitleParam.properties.title,
  accessed: Type.Optional(Type.String({ format: 'date', description: 'Access date (YYYY-MM-DD); today (UTC) by default' })),
});

export function articleTools(q: ToolQueries): ToolDefinition[] {
  return [
    tool({
      name: 'get_article',
      title: 'Read an article',
      description:
        'The readable text of an article (any spelling of the title, or a redirect): Markdown headings, paragraphs ending ' +
        'in the numbers of the references they cite ([1]), and the numbered references. Or only one `section`. A long ' +
        'text comes in pages: pass `continuation` from one page to get the next.',
      input: GetArticleInput,
      output: ArticleText,
      run(args, context) {
        const { resolved, article } = q.load(args.title);
        const section = args.section === undefined ? undefined : findSection(article.sections, args.section, article.title);
        const version = article.contentHash.slice(0, 16);
        const scope = section?.index ?? -1;
        let pageIndex = 0;
        let maxChars = args.maxChars ?? 8_000;
        if (args.continuation !== undefined) {
          const [tokenVersion, tokenScope, tokenPage, tokenMax] = decodeCursor(args.continuation, ['string', 'number', 'number', 'number']) as [
            string,
            number,
            number,
            number,
          ];
          if (tokenVersion !== version || tokenScope !== scope || tokenMax < 500 || tokenMax > 100_000 || tokenPage < 1) {
            throw new HttpProblem(400, 'Invalid continuation', 'The continuation belongs to another article, section or version of it; ask again without it.', [
              { in: 'argument', name: 'continuation', reason: 'continuation of another text' },
            ]);
          }
          [pageIndex, maxChars] = [tokenPage, tokenMax];
        }
        const pages = paginate(section ? oneSectionBlocks(article, section) : articleBlocks(article), maxChars);
        const shown = pages[pageIndex];
        if (!shown) {
          throw new HttpProblem(400, 'Invalid continuation', `The text has ${pages.length} pages; the continuation asks for page ${pageIndex + 1}.`, [
            { in: 'argument', name: 'continuation', reason: 'no such page' },
          ]);
        }
        const cited = new Set(shown.flatMap((block) => block.cites));
        const references = article.citations
          .filter((c) => cited.has(c.n))
          .map((c) => ({ n: c.n, text: c.text, source: c.sourceId === null ? null : sourceHref(c.sourceId) }));
        const continuation = pageIndex + 1 < pages.length ? encodeCursor([version, scope, pageIndex + 1, maxChars]) : null;
        const path = section ? `${resolved.ref.href}/sections/${section.anchor ?? section.index}` : resolved.ref.href;
        const text = joinBlocks(shown) + (continuation ? `\n\n[Page ${pageIndex + 1} of ${pages.length}: call again with continuation "${continuation}".]` : '');
        return {
          structured: {
            article: resolved.ref,
            apiUrl: absolute(path, context),
            ...(section ? { section: { index: section.index, anchor: section.anchor, title: section.title } } : {}),
            sections: article.sections.map(({ index, anchor, title }) => ({ index, anchor, title })),
            text: joinBlocks(shown),
            references,
            page: pageIndex + 1,
            pages: pages.length,
            continuation,
          },
          text,
        };
      },
    }),

    tool({
      name: 'get_infobox',
      title: "Get an article's infobox",
      description: 'The infobox of an article (the summary table: dates, places, people), field by field, as /v1/articles/{title}/infobox; null when it has none.',
      input: TitleParam,
      output: Type.Object({ article: ResolvedRef, apiUrl: ApiUrl, infobox: Nullable(Infobox, 'The infobox, or null') }, { description: 'The infobox of an article' }),
      run(args, context) {
        const { resolved, article } = q.load(args.title);
        const { infobox } = article;
        const rows = infobox?.fields.map((field) => `- ${field.label ?? field.key}: ${field.text}`) ?? [];
        const text = infobox
          ? [`Infobox of "${article.title}"${infobox.title ? `: ${infobox.title}` : ''}`, ...rows].join('\n')
          : `"${article.title}" has no infobox.`;
        return { structured: { article: resolved.ref, apiUrl: absolute(`${resolved.ref.href}/infobox`, context), infobox }, text };
      },
    }),

    tool({
      name: 'cite_article',
      title: 'Cite an article',
      description:
        'How to cite the article itself, as /v1/articles/{title}/cite and Special:CiteThisPage: the site, "‹site› contributors" ' +
        'as author, the title, the revision where known, the permanent URL (the canonical title) and the access date, with ' +
        'its CSL-JSON item (for Zotero, Pandoc, citeproc).',
      input: CiteInput,
      output: Type.Object({ apiUrl: ApiUrl, ...CiteThisArticle.properties }, { description: 'A citation of an article' }),
      run(args, context) {
        const { resolved, article } = q.load(args.title);
        const url = absolute(resolved.ref.href, context);
        const cited = citeArticle(article, resolved.ref, { url, today: args.accessed ?? new Date().toISOString().slice(0, 10) });
        const revision = cited.revision ? `, revision ${cited.revision.id} of ${cited.revision.timestamp}` : '';
        const readable = `${cited.author}. "${cited.title}". ${cited.site}${revision}. ${url} (accessed ${cited.accessed}).`;
        return { structured: { apiUrl: absolute(`${resolved.ref.href}/cite`, context), ...cited }, text: `${readable}\n\nCSL-JSON:\n${JSON.stringify([cited.csl], null, 2)}` };
      },
    }),
  ];
}
