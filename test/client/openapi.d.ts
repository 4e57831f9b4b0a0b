/**
 * Generated from openapi/openapi.json by openapi-typescript (`npm run client:types`).
 * Do not edit: test/routes/client.test.ts fails when this file is stale.
 */

export interface paths {
    "/v1/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List articles
         * @description All articles in title order, with their summaries. Paginated with `limit` and `cursor`.
         */
        get: operations["listArticles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{title}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an article
         * @description The whole article: site, summary, infobox, sections with hatnotes and paragraphs (with the reference numbers they cite), citations parsed into their parts, redirects and links. A redirect or another spelling of the title answers with the target article and `redirectedFrom`/`normalizedFrom`.
         */
        get: operations["getArticle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{title}/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an article's summary
         * @description The lead's first paragraph, without citation markers.
         */
        get: operations["getArticleSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{title}/infobox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an article's infobox
         * @description The infobox fields: label (printed, or supplied from the template and marked `supplied`), raw text, split values of two-sided and list-like rows, ISO dates, and `value`: the field typed (a number, a quantity with its UCUM or ISO 4217 unit, a date with its precision or a range of dates, a boolean, URL, coordinates or a list of them), null when nothing is certain. `infobox` is null when the article has none.
         */
        get: operations["getArticleInfobox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{title}/sections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an article's sections
         * @description Every section in document order: the lead (index 0), visible headings, and untitled sections whose heading was lost.
         */
        get: operations["listArticleSections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{title}/sections/{section}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one section
         * @description One section, by its index (`0` is the lead) or its anchor (`Revolution_in_Petrograd`; spaces work too).
         */
        get: operations["getArticleSection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{title}/citations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an article's citations
         * @description The numbered references of the article, each parsed into authors, year, title, chapter, pages, place, publisher, URL and format, with its source. Formats: `format=csl-json`, `bibtex`, `biblatex`, `ris`, `bibliography` or `html`, or an `Accept` header preferring `application/vnd.citationstyles.csl+json`, `application/x-bibtex`, `application/x-biblatex`, `application/x-research-info-systems` or `text/x-bibliography; style=apa; locale=en-US` (as DOI content negotiation reads it). A bibliography is formatted in a CSL style (`apa`, `chicago-author-date`, `harvard-cite-them-right`, `modern-language-association`, `vancouver`) and locale (`de-DE`, `en-US`, `es-ES`, `fr-FR`, `nl-NL`, `ru-RU`, `zh-CN`), by `style` and `locale` or the Accept parameters; an unknown one is a 400 listing those available. `html` (only by `format=html`: browsers send `text/html` for everything) is the same bibliography as an HTML fragment, every text of the references escaped.
         */
        get: operations["listArticleCitations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{title}/cite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cite an article
         * @description How to cite the article itself, as MediaWiki's Special:CiteThisPage: the site, "‹site› contributors" as author, the title, the revision id and time (wikitext articles), a permanent URL — the wiki's `Special:Redirect/revision/<id>` when its export gave the wiki's base URL, else this API's absolute URL of the article — and today (UTC) as the access date. Formats: `format=csl-json`, `bibtex`, `biblatex`, `ris`, `bibliography` or `html`, or an `Accept` header preferring `application/vnd.citationstyles.csl+json`, `application/x-bibtex`, `application/x-biblatex`, `application/x-research-info-systems` or `text/x-bibliography; style=apa; locale=en-US` (as DOI content negotiation reads it). A bibliography is formatted in a CSL style (`apa`, `chicago-author-date`, `harvard-cite-them-right`, `modern-language-association`, `vancouver`) and locale (`de-DE`, `en-US`, `es-ES`, `fr-FR`, `nl-NL`, `ru-RU`, `zh-CN`), by `style` and `locale` or the Accept parameters; an unknown one is a 400 listing those available. `html` (only by `format=html`: browsers send `text/html` for everything) is the same bibliography as an HTML fragment, every text of the references escaped.
         */
        get: operations["citeArticle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{title}/redirects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the redirects to an article
         * @description The titles that redirect to this article.
         */
        get: operations["listArticleRedirects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{title}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an article's links
         * @description Hatnote links (see also, main article) in document order, with whether the target exists here.
         */
        get: operations["listArticleLinks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{title}/backlinks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List what links to an article
         * @description The articles with a link or hatnote to this article, or to a redirect to it (`via` names the redirect), in title order. Paginated with `limit` and `cursor`.
         */
        get: operations["listArticleBacklinks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{title}/source": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an article's source document
         * @description The original document as imported, byte for byte, rendered back from the database.
         */
        get: operations["getArticleSource"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/citations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search citations
         * @description The references of every article, each with its article and the sections citing it, in a stable order (paginated with `limit` and `cursor`). Filters combine with AND: `author`, `title`, `publisher` and `q` match words of the author names, the title, the publisher (or journal, outlet) and the whole reference text, ignoring case and diacritics, each word as a prefix (`perez` finds "Pérez"); `year`, `yearFrom`, `yearTo` (inclusive) the year of publication; `article` the citations of one article (any spelling or redirect); `isbn` and `doi` the references carrying that ISBN (ISBN-10 or -13, hyphens optional) or DOI (any case, bare or as a doi.org URL); a bad ISBN check digit or a malformed DOI is a 400. Without filters, every citation. An empty parameter is no filter; a word parameter with no letters or digits, or more than 64 words, is a 400.
         *
         *     Formats: `format=csl-json`, `bibtex`, `biblatex`, `ris`, `bibliography` or `html`, or an `Accept` header preferring `application/vnd.citationstyles.csl+json`, `application/x-bibtex`, `application/x-biblatex`, `application/x-research-info-systems` or `text/x-bibliography; style=apa; locale=en-US` (as DOI content negotiation reads it). A bibliography is formatted in a CSL style (`apa`, `chicago-author-date`, `harvard-cite-them-right`, `modern-language-association`, `vancouver`) and locale (`de-DE`, `en-US`, `es-ES`, `fr-FR`, `nl-NL`, `ru-RU`, `zh-CN`), by `style` and `locale` or the Accept parameters; an unknown one is a 400 listing those available. `html` (only by `format=html`: browsers send `text/html` for everything) is the same bibliography as an HTML fragment, every text of the references escaped. The answer is paginated as in JSON: the next page is in the `Link: rel="next"` header.
         */
        get: operations["searchCitations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List cited works
         * @description The distinct works cited across the corpus, in a stable order (paginated with `limit` and `cursor`): the same work cited from several places or articles is one source, with its citation and article counts. `author`, `title` and `q` keep the works with a reference matching those words (case and diacritics ignored, each word a prefix); their cost grows with the number of matching references, so prefer distinctive words. `isbn` (ISBN-10 or -13) and `doi` (any case, bare or a doi.org URL) find the work carrying that identifier; a bad ISBN check digit or a malformed DOI is a 400.
         *
         *     Formats: `format=csl-json`, `bibtex`, `biblatex`, `ris`, `bibliography` or `html`, or an `Accept` header preferring `application/vnd.citationstyles.csl+json`, `application/x-bibtex`, `application/x-biblatex`, `application/x-research-info-systems` or `text/x-bibliography; style=apa; locale=en-US` (as DOI content negotiation reads it). A bibliography is formatted in a CSL style (`apa`, `chicago-author-date`, `harvard-cite-them-right`, `modern-language-association`, `vancouver`) and locale (`de-DE`, `en-US`, `es-ES`, `fr-FR`, `nl-NL`, `ru-RU`, `zh-CN`), by `style` and `locale` or the Accept parameters; an unknown one is a 400 listing those available. `html` (only by `format=html`: browsers send `text/html` for everything) is the same bibliography as an HTML fragment, every text of the references escaped. The answer is paginated as in JSON: the next page is in the `Link: rel="next"` header. Each work is one item, with the id `source-<id>`.
         */
        get: operations["listSources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a cited work
         * @description One cited work with the articles citing it, in title order: for each, its references to the work (number and text) and the sections whose text cites them. The articles are paginated with `limit` and `cursor` (a much-cited work has thousands); `articleCount` counts them all.
         *
         *     Formats: `format=csl-json`, `bibtex`, `biblatex`, `ris`, `bibliography` or `html`, or an `Accept` header preferring `application/vnd.citationstyles.csl+json`, `application/x-bibtex`, `application/x-biblatex`, `application/x-research-info-systems` or `text/x-bibliography; style=apa; locale=en-US` (as DOI content negotiation reads it). A bibliography is formatted in a CSL style (`apa`, `chicago-author-date`, `harvard-cite-them-right`, `modern-language-association`, `vancouver`) and locale (`de-DE`, `en-US`, `es-ES`, `fr-FR`, `nl-NL`, `ru-RU`, `zh-CN`), by `style` and `locale` or the Accept parameters; an unknown one is a 400 listing those available. `html` (only by `format=html`: browsers send `text/html` for everything) is the same bibliography as an HTML fragment, every text of the references escaped. In a citation format the answer is the work alone (one item, id `source-<id>`), without the articles.
         */
        get: operations["getSource"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/redirects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List redirects
         * @description Every redirect title with its target article, in title order. Paginated with `limit` and `cursor`.
         */
        get: operations["listRedirects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/redirects/{title}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a redirect
         * @description The target article of a redirect title, in any spelling of it (spaces or underscores, first-letter case). A title that is an article rather than a redirect is 404, with the article named in `detail`.
         */
        get: operations["getRedirect"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List categories
         * @description Every category of the wikitext articles, with how many articles are in it, in name order. Paginated with `limit` and `cursor`.
         */
        get: operations["listCategories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/categories/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a category and its members
         * @description A category with a page of its member articles, ordered by sort key: the key of `[[Category:X|key]]`, else the article's `{{DEFAULTSORT:}}`, else its title. Paginated with `limit` and `cursor`.
         */
        get: operations["getCategory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List templates
         * @description Every template the wikitext articles transclude, with how many articles use it, in name order. Magic words and parser functions are not templates. Paginated with `limit` and `cursor`.
         */
        get: operations["listTemplates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/templates/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a template and the articles using it
         * @description A template with a page of the articles that transclude it, each with the parameters its uses pass, as displayed. With `param` and `value`, only the articles where a use passes that value (case and diacritics ignored), found through an index: `/v1/templates/Infobox_country?param=capital&value=havana`. With `param` and `min`/`max` (numbers, quantities with a unit — compared in the base unit, so km2 and sq mi meet — or dates) or `before`/`after` (dates), the uses whose parameter's typed value is in the range, in value order, through an index: `?param=population_total&min=1000000`, `?param=area&min=100km2`, `?param=founded&before=1920-01-01`; `order=param` orders by the value without a range. A bound of another kind than the parameter holds, or an unknown unit, is a 400 naming it. Paginated with `limit` and `cursor`.
         */
        get: operations["getTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search articles, sections or citations
         * @description Full-text search, ranked by relevance (bm25), with an HTML snippet per hit (`<mark>` around the matches). Query syntax: plain words (all must match), `"exact phrase"`, `word*` (prefix), `-word` (exclude). Case and diacritics are ignored. With `in=articles` (the default) there is one hit per article, articles whose title or a redirect matches first; `in=sections` gives one hit per section, `in=citations` one per citation. A query with no positive term is a 400. Paginated with `limit` and `cursor`.
         */
        get: operations["search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/titles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Complete a title
         * @description Title suggestions for what has been typed, as a search box needs them (MediaWiki `opensearch`): titles and redirects starting with the prefix, then titles containing its words with the last word as a prefix; shortest first. Case and diacritics are ignored. A redirect names the article it leads to.
         */
        get: operations["completeTitles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/geosearch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find articles near a point
         * @description The articles with a coordinate (`{{coord}}` or an infobox location) within `radius` metres of `lat`/`lon`, nearest first, each once, at its nearest coordinate within the radius, with the great-circle distance in metres. Searches across the poles and the antimeridian. Paginated with `limit` and `cursor`.
         */
        get: operations["geosearch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List changes
         * @description What the import runs changed, oldest first, after the cursor `since` (from an earlier answer). Paginated with `limit` and `cursor`; keep `since` of the last page to ask again later. A cursor older than the changes kept (the last 100 import runs) is 410 Gone: resync from /v1/articles, then follow the feed from the `since` of a fresh answer.
         */
        get: operations["listChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/changes/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stream changes (server-sent events)
         * @description The change feed as it happens, as server-sent events: each change an event whose `id` is its cursor, sent within a second of the import that made it being served. An EventSource that reconnects sends the last id as `Last-Event-ID` and resumes right after it: nothing lost, nothing repeated. `?since=` (a cursor of /v1/changes) starts elsewhere than the end. Open here in Swagger UI it never finishes: use `curl -N` or an EventSource.
         */
        get: operations["streamChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/snapshot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download every article
         * @description Every article in title order, one JSON line each, exactly as GET /v1/articles/{title} gives it, then a closing line `{"type":"end","articles":N,"deleted":[],"next":"CURSOR"}` (an article has no `type`; a download without it was cut short). With `since=CURSOR` (the `next` of an earlier snapshot, or `since` of /v1/changes): only the articles whose answer changed after it — created or updated, a redirect added to them, or a link of theirs whose target appeared or disappeared — and `deleted` lists the titles deleted; apply it, keep `next`, ask again. The answer is one database generation even across a swap; its ETag is the generation's content hash (as /readyz names it), then a hash of the article schema (a release that changes the lines changes it); a `since` or a configured licence add a suffix). Compressed with br or gzip as `Accept-Encoding` asks.
         */
        get: operations["getSnapshot"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description RFC 9457 problem details */
        Problem: {
            /**
             * @description A URI reference naming the problem type
             * @example /problems/not-found
             */
            type: string;
            /**
             * @description Short summary of the problem type
             * @example Not Found
             */
            title: string;
            /**
             * @description The HTTP status code
             * @example 404
             */
            status: number;
            /** @description What went wrong with this request */
            detail: string;
            /** @description The request path and query */
            instance: string;
            /** @description The failing parameters of a validation error */
            errors?: {
                /** @description Where the parameter is: path, query or header */
                in: string;
                /** @description The failing parameter */
                name: string;
                /** @description Why it failed */
                reason: string;
            }[];
            /** @description The closest known titles, for an unknown article */
            suggestions?: {
                title: string;
                href: string;
            }[];
        };
        /** @description A whole article */
        Article: {
            /** @example Russian revolution of 1917 */
            title: string;
            /**
             * @description The title in URL form
             * @example Russian_revolution_of_1917
             */
            slug: string;
            /**
             * @description The article resource
             * @example /v1/articles/Russian_revolution_of_1917
             */
            href: string;
            /**
             * @description The redirect title that was asked for
             * @example October Revolution
             */
            redirectedFrom?: string;
            /**
             * @description The section that redirect leads to (`#REDIRECT [[Title#Section]]`), when it names one
             * @example Early life
             */
            redirectFragment?: string;
            /**
             * @description The non-canonical spelling that was asked for
             * @example russian_revolution_of_1917
             */
            normalizedFrom?: string;
            /** @description The site line: "From <name>, <tagline>" */
            site: {
                name: string;
                tagline: string;
                /**
                 * @description The wiki's main page (the export's `<base>`), for wikitext articles whose export gives it
                 * @example https://en.wikipedia.org/wiki/Main_Page
                 */
                url?: string;
            } | null;
            /** @description The lead's first paragraph without citation markers */
            summary: string | null;
            /** @description The infobox, or null */
            infobox: {
                /** @description The infobox title line */
                title: string | null;
                /** @description The template recognised from its labels, e.g. "military conflict" */
                template: string | null;
                fields: {
                    /**
                     * @description Stable snake_case key, unique within the infobox
                     * @example date
                     */
                    key: string;
                    /**
                     * @description The label, printed or supplied from the template; null where the rendering lost it
                     * @example Date
                     */
                    label: string | null;
                    /**
                     * @description The raw value, markers included; continuation lines joined with a newline
                     * @example November 7th, 1917
                     */
                    text: string;
                    /** @description The sides of a two-sided row, or the items of a list-like row */
                    values?: string[];
                    /**
                     * Format: date
                     * @description ISO 8601 date found in the value
                     * @example 1917-11-07
                     */
                    date?: string;
                    /** @description The group header the row sits under, e.g. "History" or "Area" */
                    group?: string;
                    /** @description True when the label was not printed and comes from the template */
                    supplied?: boolean;
                    /**
                     * @description Wikitext articles: the parameter's value as written
                     * @example {{birth date|1870|4|22}}
                     */
                    raw?: string;
                    /**
                     * @description Wikitext articles: the articles the value links to
                     * @example [
                     *       "Simbirsk"
                     *     ]
                     */
                    links?: string[];
                    /**
                     * @description The value typed — a number, a quantity with its unit, a date or range, a boolean, URL, coordinates or a list of them — or null when nothing is certain (`text` and `raw` keep the rest)
                     * @example {
                     *       "type": "date",
                     *       "date": "1870-04-22",
                     *       "precision": "day"
                     *     }
                     */
                    value: ({
                        /** @enum {string} */
                        type: "number";
                        number: number;
                    } | {
                        /** @enum {string} */
                        type: "quantity";
                        /** @description In the unit written */
                        number: number;
                        /**
                         * @description UCUM code, or ISO 4217 for a currency
                         * @example km2
                         * @example [mi_i]2
                         * @example USD
                         */
                        unit: string;
                    } | {
                        /** @enum {string} */
                        type: "date";
                        /**
                         * @description ISO 8601 with astronomical years (1 BC is 0000, 44 BC is -0043): YYYY-MM-DD, YYYY-MM or YYYY as precise as the source
                         * @example 1917-11-07
                         * @example -0043-03-15
                         * @example 1920
                         */
                        date: string;
                        /** @description How much of the date the source gives; decade and century dates are their first year */
                        precision: "day" | "month" | "year" | "decade" | "century";
                        /** @description `c. 1850`, `fl. 1200s` */
                        qualifier?: "circa" | "floruit";
                    } | {
                        /** @enum {string} */
                        type: "daterange";
                        from: {
                            /**
                             * @description ISO 8601 with astronomical years (1 BC is 0000, 44 BC is -0043): YYYY-MM-DD, YYYY-MM or YYYY as precise as the source
                             * @example 1917-11-07
                             * @example -0043-03-15
                             * @example 1920
                             */
                            date: string;
                            /** @description How much of the date the source gives; decade and century dates are their first year */
                            precision: "day" | "month" | "year" | "decade" | "century";
                        };
                        /** @description null: to the present */
                        to: {
                            /**
                             * @description ISO 8601 with astronomical years (1 BC is 0000, 44 BC is -0043): YYYY-MM-DD, YYYY-MM or YYYY as precise as the source
                             * @example 1917-11-07
                             * @example -0043-03-15
                             * @example 1920
                             */
                            date: string;
                            /** @description How much of the date the source gives; decade and century dates are their first year */
                            precision: "day" | "month" | "year" | "decade" | "century";
                        } | null;
                    } | {
                        /** @enum {string} */
                        type: "boolean";
                        boolean: boolean;
                    } | {
                        /** @enum {string} */
                        type: "url";
                        /** Format: uri */
                        url: string;
                    } | {
                        /** @enum {string} */
                        type: "coordinates";
                        lat: number;
                        lon: number;
                    } | {
                        /** @enum {string} */
                        type: "list";
                        items: ({
                            /** @enum {string} */
                            type: "number";
                            number: number;
                        } | {
                            /** @enum {string} */
                            type: "quantity";
                            /** @description In the unit written */
                            number: number;
                            /**
                             * @description UCUM code, or ISO 4217 for a currency
                             * @example km2
                             * @example [mi_i]2
                             * @example USD
                             */
                            unit: string;
                        } | {
                            /** @enum {string} */
                            type: "date";
                            /**
                             * @description ISO 8601 with astronomical years (1 BC is 0000, 44 BC is -0043): YYYY-MM-DD, YYYY-MM or YYYY as precise as the source
                             * @example 1917-11-07
                             * @example -0043-03-15
                             * @example 1920
                             */
                            date: string;
                            /** @description How much of the date the source gives; decade and century dates are their first year */
                            precision: "day" | "month" | "year" | "decade" | "century";
                            /** @description `c. 1850`, `fl. 1200s` */
                            qualifier?: "circa" | "floruit";
                        } | {
                            /** @enum {string} */
                            type: "daterange";
                            from: {
                                /**
                                 * @description ISO 8601 with astronomical years (1 BC is 0000, 44 BC is -0043): YYYY-MM-DD, YYYY-MM or YYYY as precise as the source
                                 * @example 1917-11-07
                                 * @example -0043-03-15
                                 * @example 1920
                                 */
                                date: string;
                                /** @description How much of the date the source gives; decade and century dates are their first year */
                                precision: "day" | "month" | "year" | "decade" | "century";
                            };
                            /** @description null: to the present */
                            to: {
                                /**
                                 * @description ISO 8601 with astronomical years (1 BC is 0000, 44 BC is -0043): YYYY-MM-DD, YYYY-MM or YYYY as precise as the source
                                 * @example 1917-11-07
                                 * @example -0043-03-15
                                 * @example 1920
                                 */
                                date: string;
                                /** @description How much of the date the source gives; decade and century dates are their first year */
                                precision: "day" | "month" | "year" | "decade" | "century";
                            } | null;
                        } | {
                            /** @enum {string} */
                            type: "boolean";
                            boolean: boolean;
                        } | {
                            /** @enum {string} */
                            type: "url";
                            /** Format: uri */
                            url: string;
                        } | {
                            /** @enum {string} */
                            type: "coordinates";
                            lat: number;
                            lon: number;
                        })[];
                    }) | null;
                }[];
            } | null;
            sections: {
                /** @description 0 is the lead */
                index: number;
                /** @description Anchor (title with underscores, made unique); null for the lead and untitled sections */
                anchor: string | null;
                /** @description Heading; null for the lead and where the rendering lost the heading */
                title: string | null;
                /** @description 0 lead, 2 section, 3 subsection (wikitext: `==` is 2, `===` 3, …; text: inferred from a heading directly under a heading) */
                level: number;
                hatnotes: {
                    /** @description `see-also` and `main` as printed; `about` and `redirect` are disambiguation hatnotes above the lead */
                    kind: "see-also" | "main" | "further" | "about" | "redirect";
                    /** @description Linked article titles, in order */
                    targets: string[];
                }[];
                paragraphs: {
                    /** @description A paragraph, a whole bullet or numbered list, a block quotation or a table (wikitext) */
                    kind: "paragraph" | "list" | "quote" | "table";
                    /** @description The text without citation markers; list items one per line; table rows one per line, cells apart by tabs */
                    text: string;
                    /** @description The items of a list */
                    items?: string[];
                    /**
                     * @description The rows of a table, header rows included, each its cells as displayed
                     * @example [
                     *       [
                     *         "Year",
                     *         "Members"
                     *       ],
                     *       [
                     *         "1922",
                     *         "300,000"
                     *       ]
                     *     ]
                     */
                    rows?: string[][];
                    /** @description Reference numbers cited here, in order of first appearance */
                    citations: number[];
                }[];
                /** @description Distinct reference numbers cited in the section */
                citations: number[];
            }[];
            citations: {
                /**
                 * @description The reference number in its article
                 * @example 1
                 */
                n: number;
                /**
                 * @description The reference as printed after `N. `, backlink labels included
                 * @example Vijay Prashad (2017). Red Star over the Third World: 'Red October' (p. 30). [PDF] New Delhi: LeftWord Books.
                 */
                text: string;
                /** @description Authors as "Given Family" ("Stalin, Joseph" → "Joseph Stalin"); organisations as written. `names` has them as CSL names. */
                authors: string[];
                /** @description The authors as CSL names (family, given, particles, suffix; `literal` for an organisation), in the order of `authors`; absent from references stored before names were parsed. Never a title or a site: a reference that names no author has none. */
                names?: {
                    /** @example Gogh */
                    family?: string;
                    /** @example Vincent */
                    given?: string;
                    /**
                     * @description A particle kept with the family name when the given name is dropped (`van` Gogh, `al-`Khwarizmi)
                     * @example van
                     */
                    "non-dropping-particle"?: string;
                    /**
                     * @description A particle dropped with the given name (Beethoven, Ludwig `van`)
                     * @example van
                     */
                    "dropping-particle"?: string;
                    /** @example Jr. */
                    suffix?: string;
                    /**
                     * @description An organisation (or a single name) as written, never split
                     * @example BBC
                     */
                    literal?: string;
                }[];
                /** @description Wikitext citation templates: the editors (`editor-last1`, `editor1`, `veditors`…), as CSL names */
                editors?: {
                    /** @example Gogh */
                    family?: string;
                    /** @example Vincent */
                    given?: string;
                    /**
                     * @description A particle kept with the family name when the given name is dropped (`van` Gogh, `al-`Khwarizmi)
                     * @example van
                     */
                    "non-dropping-particle"?: string;
                    /**
                     * @description A particle dropped with the given name (Beethoven, Ludwig `van`)
                     * @example van
                     */
                    "dropping-particle"?: string;
                    /** @example Jr. */
                    suffix?: string;
                    /**
                     * @description An organisation (or a single name) as written, never split
                     * @example BBC
                     */
                    literal?: string;
                }[];
                /** @description Year of publication, from `(YYYY)` or a full date; null for `n.d.` or none. */
                year: number | null;
                /** @description Full publication date (ISO YYYY-MM-DD) when the reference gives one, e.g. `(2018-11-02)`. */
                date: string | null;
                /** @description Title of the work: a book title (with any unquoted subtitle) or a quoted article/page title. */
                title: string | null;
                /** @description Chapter or part, from a quoted `'Chapter'` after the title. */
                chapter: string | null;
                /** @description Edition, e.g. `5th ed.`. */
                edition: string | null;
                /** @description Volume number (journals and multi-volume works). */
                volume: string | null;
                /** @description Issue number (journals). */
                issue: string | null;
                /** @description Pages as written: `p. 30`, `pp. 140–152`, or a bare journal range `45–63`. */
                pages: string | null;
                /** @description Place of publication, e.g. `New Delhi`. */
                place: string | null;
                /** @description Publisher, or the journal, newspaper or website that published the work. */
                publisher: string | null;
                /** @description The first URL visible in the reference (the archive URL if that is the one shown). */
                url: string | null;
                /** @description Format from a `[PDF]`/`[HTML]` tag or `(PDF)`; other tags such as `[MIA]` give null. */
                format: "PDF" | "HTML" | null;
                /** @description Access date (ISO), from "Retrieved <date>". */
                retrieved: string | null;
                /** @description Archive date (ISO), from "Archived from the original on <date>". */
                archived: string | null;
                /** @description Shape of the reference: `book` (title, imprint), `journal` (article with volume/issue/pages), `web` (article or page with an outlet), `note` (a pointer such as "See … available in Wikisource" that names no work), `ibid` (same source as the previous reference), `url` (a bare URL), `other` (not recognised). */
                kind: "book" | "journal" | "web" | "note" | "ibid" | "url" | "other";
                /** @description Backlink labels of a reference cited several times, e.g. ["2.0", "2.1", "2.2"]. */
                backlinks: string[];
                /** @description Standard identifiers of the cited work, from the reference text or the citation template. */
                identifiers: {
                    /**
                     * @description ISBNs with a valid check digit, as hyphenated ISBN-13 (an ISBN-10 is converted).
                     * @example [
                     *       "978-0-674-51173-6"
                     *     ]
                     */
                    isbn: string[];
                    /**
                     * @description DOI in lower case (DOIs are compared without case), without a `doi:` or doi.org prefix.
                     * @example 10.1086/226147
                     */
                    doi: string | null;
                    /**
                     * @description OCLC (WorldCat) number, without leading zeros.
                     * @example 123456
                     */
                    oclc: string | null;
                    archive: {
                        /**
                         * @description The archive copy, as cited.
                         * @example https://web.archive.org/web/20190412083000/https://example.org/page
                         */
                        url: string;
                        /**
                         * @description The archived URL (from the Wayback URL, or the template's `url`).
                         * @example https://example.org/page
                         */
                        original: string | null;
                        /**
                         * @description The date of the snapshot (ISO), from the Wayback timestamp or `archive-date`.
                         * @example 2019-04-12
                         */
                        date: string | null;
                    } | null;
                };
                /**
                 * @description Wikitext articles: the `<ref name=…>`, null when unnamed
                 * @example lih
                 */
                name?: string | null;
                /**
                 * @description Wikitext articles: the citation template the reference was written with
                 * @example cite book
                 */
                template?: string;
                /**
                 * @description Wikitext articles: the group of a note numbered apart (`<ref group="note">`; `{{efn}}` is "lower-alpha"); absent for the references
                 * @example lower-alpha
                 */
                group?: string;
                /**
                 * @description Wikitext articles with note groups: the marker as printed (`3` for the references, `a`, `note 1` in their groups); `n` stays unique
                 * @example a
                 */
                label?: string;
                /**
                 * @description Wikitext {{sfn}} short footnotes: the `n` of the reference in this article giving the full work it abbreviates (its `sourceId` is the work's as well)
                 * @example 4
                 */
                fullCitation?: number;
                /** @description The cited work (`/v1/sources/{id}`); null for notes that name no work */
                sourceId: number | null;
            }[];
            /** @description Titles that redirect here */
            redirects: string[];
            links: {
                /**
                 * @description The hatnote kind (see-also, main, further, about, redirect), or `link` for an internal link
                 * @example see-also
                 */
                kind: string;
                /** @example February Revolution */
                target: string;
                /** @description Whether the target is an article or redirect here */
                exists: boolean;
                /**
                 * @description The target article resource
                 * @example /v1/articles/February_Revolution
                 */
                href: string;
                /** @description The section index of the hatnote or link; null in the infobox */
                section: number | null;
            }[];
            /** @description sha256 of the source document */
            contentHash: string;
            /** @description The source format the article was imported from */
            format: "text" | "wikitext";
            /** @description The revision imported (wikitext); null for text documents */
            revision: {
                /** @description The revision id */
                id: number;
                /**
                 * Format: date-time
                 * @example 2024-05-01T12:00:00Z
                 */
                timestamp: string;
                /** @description MediaWiki's base-36 sha1 of the revision text */
                sha1: string | null;
                /** @description The revision before it; null for a page's first */
                parentId: number | null;
                /** @description null when the export hides it (deleted) */
                contributor: ({
                    name: string;
                } | {
                    ip: string;
                }) | null;
                /** @description The edit summary; null when there is none or it is hidden */
                comment: string | null;
                /** @description Whether the edit was marked minor; null when the database was imported before revision details were stored */
                minor: boolean | null;
                /** @description The revision text's size in bytes (UTF-8); null when the database was imported before revision details were stored */
                size: number | null;
            } | null;
            /** @description The categories of the article (wikitext); empty for text documents */
            categories: {
                /** @example Revolutionaries */
                name: string;
                /** @description The sort key as written (`[[Category:X|key]]`), null when none */
                sortKey: string | null;
                /** @example /v1/categories/Revolutionaries */
                href: string;
            }[];
            /** @description The short description (`{{Short description|…}}`); null when none, `none`, and for text documents */
            description: string | null;
            /** @description The main image; null when none */
            image: {
                /**
                 * @description The file name, normalised as titles are, without its namespace
                 * @example Lenin in 1920.jpg
                 */
                file: string;
                /** @description The caption as displayed */
                caption: string | null;
                /** @description The alt text as displayed */
                alt: string | null;
                /** @description The source wiki's `Special:FilePath/<file>` (exports carry no images); null when the source gives no base URL */
                href: string | null;
            } | null;
            /** @description Every infobox in document order, nested ones included; the first is `infobox` */
            infoboxes: {
                /** @description The infobox title line */
                title: string | null;
                /** @description The template recognised from its labels, e.g. "military conflict" */
                template: string | null;
                fields: {
                    /**
                     * @description Stable snake_case key, unique within the infobox
                     * @example date
                     */
                    key: string;
                    /**
                     * @description The label, printed or supplied from the template; null where the rendering lost it
                     * @example Date
                     */
                    label: string | null;
                    /**
                     * @description The raw value, markers included; continuation lines joined with a newline
                     * @example November 7th, 1917
                     */
                    text: string;
                    /** @description The sides of a two-sided row, or the items of a list-like row */
                    values?: string[];
                    /**
                     * Format: date
                     * @description ISO 8601 date found in the value
                     * @example 1917-11-07
                     */
                    date?: string;
                    /** @description The group header the row sits under, e.g. "History" or "Area" */
                    group?: string;
                    /** @description True when the label was not printed and comes from the template */
                    supplied?: boolean;
                    /**
                     * @description Wikitext articles: the parameter's value as written
                     * @example {{birth date|1870|4|22}}
                     */
                    raw?: string;
                    /**
                     * @description Wikitext articles: the articles the value links to
                     * @example [
                     *       "Simbirsk"
                     *     ]
                     */
                    links?: string[];
                    /**
                     * @description The value typed — a number, a quantity with its unit, a date or range, a boolean, URL, coordinates or a list of them — or null when nothing is certain (`text` and `raw` keep the rest)
                     * @example {
                     *       "type": "date",
                     *       "date": "1870-04-22",
                     *       "precision": "day"
                     *     }
                     */
                    value: ({
                        /** @enum {string} */
                        type: "number";
                        number: number;
                    } | {
                        /** @enum {string} */
                        type: "quantity";
                        /** @description In the unit written */
                        number: number;
                        /**
                         * @description UCUM code, or ISO 4217 for a currency
                         * @example km2
                         * @example [mi_i]2
                         * @example USD
                         */
                        unit: string;
                    } | {
                        /** @enum {string} */
                        type: "date";
                        /**
                         * @description ISO 8601 with astronomical years (1 BC is 0000, 44 BC is -0043): YYYY-MM-DD, YYYY-MM or YYYY as precise as the source
                         * @example 1917-11-07
                         * @example -0043-03-15
                         * @example 1920
                         */
                        date: string;
                        /** @description How much of the date the source gives; decade and century dates are their first year */
                        precision: "day" | "month" | "year" | "decade" | "century";
                        /** @description `c. 1850`, `fl. 1200s` */
                        qualifier?: "circa" | "floruit";
                    } | {
                        /** @enum {string} */
                        type: "daterange";
                        from: {
                            /**
                             * @description ISO 8601 with astronomical years (1 BC is 0000, 44 BC is -0043): YYYY-MM-DD, YYYY-MM or YYYY as precise as the source
                             * @example 1917-11-07
                             * @example -0043-03-15
                             * @example 1920
                             */
                            date: string;
                            /** @description How much of the date the source gives; decade and century dates are their first year */
                            precision: "day" | "month" | "year" | "decade" | "century";
                        };
                        /** @description null: to the present */
                        to: {
                            /**
                             * @description ISO 8601 with astronomical years (1 BC is 0000, 44 BC is -0043): YYYY-MM-DD, YYYY-MM or YYYY as precise as the source
                             * @example 1917-11-07
                             * @example -0043-03-15
                             * @example 1920
                             */
                            date: string;
                            /** @description How much of the date the source gives; decade and century dates are their first year */
                            precision: "day" | "month" | "year" | "decade" | "century";
                        } | null;
                    } | {
                        /** @enum {string} */
                        type: "boolean";
                        boolean: boolean;
                    } | {
                        /** @enum {string} */
                        type: "url";
                        /** Format: uri */
                        url: string;
                    } | {
                        /** @enum {string} */
                        type: "coordinates";
                        lat: number;
                        lon: number;
                    } | {
                        /** @enum {string} */
                        type: "list";
                        items: ({
                            /** @enum {string} */
                            type: "number";
                            number: number;
                        } | {
                            /** @enum {string} */
                            type: "quantity";
                            /** @description In the unit written */
                            number: number;
                            /**
                             * @description UCUM code, or ISO 4217 for a currency
                             * @example km2
                             * @example [mi_i]2
                             * @example USD
                             */
                            unit: string;
                        } | {
                            /** @enum {string} */
                            type: "date";
                            /**
                             * @description ISO 8601 with astronomical years (1 BC is 0000, 44 BC is -0043): YYYY-MM-DD, YYYY-MM or YYYY as precise as the source
                             * @example 1917-11-07
                             * @example -0043-03-15
                             * @example 1920
                             */
                            date: string;
                            /** @description How much of the date the source gives; decade and century dates are their first year */
                            precision: "day" | "month" | "year" | "decade" | "century";
                            /** @description `c. 1850`, `fl. 1200s` */
                            qualifier?: "circa" | "floruit";
                        } | {
                            /** @enum {string} */
                            type: "daterange";
                            from: {
                                /**
                                 * @description ISO 8601 with astronomical years (1 BC is 0000, 44 BC is -0043): YYYY-MM-DD, YYYY-MM or YYYY as precise as the source
                                 * @example 1917-11-07
                                 * @example -0043-03-15
                                 * @example 1920
                                 */
                                date: string;
                                /** @description How much of the date the source gives; decade and century dates are their first year */
                                precision: "day" | "month" | "year" | "decade" | "century";
                            };
                            /** @description null: to the present */
                            to: {
                                /**
                                 * @description ISO 8601 with astronomical years (1 BC is 0000, 44 BC is -0043): YYYY-MM-DD, YYYY-MM or YYYY as precise as the source
                                 * @example 1917-11-07
                                 * @example -0043-03-15
                                 * @example 1920
                                 */
                                date: string;
                                /** @description How much of the date the source gives; decade and century dates are their first year */
                                precision: "day" | "month" | "year" | "decade" | "century";
                            } | null;
                        } | {
                            /** @enum {string} */
                            type: "boolean";
                            boolean: boolean;
                        } | {
                            /** @enum {string} */
                            type: "url";
                            /** Format: uri */
                            url: string;
                        } | {
                            /** @enum {string} */
                            type: "coordinates";
                            lat: number;
                            lon: number;
                        })[];
                    }) | null;
                }[];
            }[];
            /** @description The templates the article transcludes, by first use (wikitext); empty for text documents */
            templates: {
                /**
                 * @description The template, normalised as titles are, without its namespace
                 * @example Infobox person
                 */
                name: string;
                /** @description How many times the page transcludes it */
                count: number;
            }[];
            /** @description The locations the article gives, in document order (wikitext); empty for text documents */
            coordinates: {
                /** @description Latitude in decimal degrees */
                lat: number;
                /** @description Longitude in decimal degrees */
                lon: number;
                /** @description Whether it is the page's own location (`{{coord|…|display=title}}`) */
                primary: boolean;
            }[];
            /** @description The licence of the site's content; null when the server configures none */
            license: {
                /**
                 * @description The licence, spelt as the site configures it (SITE_LICENSE_ID)
                 * @example CC-BY-SA-4.0
                 */
                id: string;
                /** @description Where the licence is read (SITE_LICENSE_URL); null when not configured */
                url: string | null;
            } | null;
        };
        /** @description Standard identifiers of the cited work, from the reference text or the citation template. */
        Identifiers: {
            /**
             * @description ISBNs with a valid check digit, as hyphenated ISBN-13 (an ISBN-10 is converted).
             * @example [
             *       "978-0-674-51173-6"
             *     ]
             */
            isbn: string[];
            /**
             * @description DOI in lower case (DOIs are compared without case), without a `doi:` or doi.org prefix.
             * @example 10.1086/226147
             */
            doi: string | null;
            /**
             * @description OCLC (WorldCat) number, without leading zeros.
             * @example 123456
             */
            oclc: string | null;
            archive: {
                /**
                 * @description The archive copy, as cited.
                 * @example https://web.archive.org/web/20190412083000/https://example.org/page
                 */
                url: string;
                /**
                 * @description The archived URL (from the Wayback URL, or the template's `url`).
                 * @example https://example.org/page
                 */
                original: string | null;
                /**
                 * @description The date of the snapshot (ISO), from the Wayback timestamp or `archive-date`.
                 * @example 2019-04-12
                 */
                date: string | null;
            } | null;
        };
        /** @description One change an import run made */
        Change: {
            /** @description Position in the feed: increasing, never reused */
            seq: number;
            /** @description What changed: an article created, updated (its content hash differs) or deleted (an import with `--sync`), or a redirect added (or retargeted) or removed */
            type: "created" | "updated" | "deleted" | "redirect-added" | "redirect-removed";
            /**
             * @description The article title, or the redirect title
             * @example Russian revolution of 1917
             */
            title: string;
            /** @description The source revision, where the source format has one (null for plain-text documents) */
            revision: number | null;
            /** @description The article's content hash after the change, as the ETag of its `/source` (null for a deletion or a removed redirect) */
            etag: string | null;
            /**
             * Format: date-time
             * @description When the import run that made the change finished
             */
            at: string;
            /**
             * @description The article resource (a deleted one now answers 404; a redirect title, the target)
             * @example /v1/articles/Russian_revolution_of_1917
             */
            href: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listArticles: {
        parameters: {
            query?: {
                /**
                 * @description Items per page (1–100)
                 * @example 20
                 */
                limit?: number;
                /** @description Opaque cursor from `nextCursor` of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of articles */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @example Russian revolution of 1917 */
                            title: string;
                            /**
                             * @description The title in URL form
                             * @example Russian_revolution_of_1917
                             */
                            slug: string;
                            /**
                             * @description The article resource
                             * @example /v1/articles/Russian_revolution_of_1917
                             */
                            href: string;
                            /** @description The lead's first paragraph */
                            summary: string | null;
                        }[];
                        /** @description Cursor of the next page; null on the last page */
                        nextCursor: string | null;
                        /** @description Ready URL of the next page; null on the last page */
                        next: string | null;
                    };
                };
            };
            /** @description Not modified: the `If-None-Match` ETag still matches (or, without one, nothing changed since `If-Modified-Since`) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameters (RFC 9457 problem details, with the failing parameters) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (RFC 9457 problem details) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the accepted media types can be produced */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long (over 4096 characters, or a path segment over 2048) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error; details are hidden */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service under pressure; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getArticle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Article title in any spelling MediaWiki normalises to the same title: spaces or underscores, percent-encoding, first-letter case. A redirect title answers with its target.
                 * @example October Revolution
                 */
                title: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A whole article */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Article"];
                };
            };
            /** @description Not modified: the `If-None-Match` ETag still matches (or, without one, nothing changed since `If-Modified-Since`) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameters (RFC 9457 problem details, with the failing parameters) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (RFC 9457 problem details) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the accepted media types can be produced */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long (over 4096 characters, or a path segment over 2048) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error; details are hidden */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service under pressure; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getArticleSummary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Article title in any spelling MediaWiki normalises to the same title: spaces or underscores, percent-encoding, first-letter case. A redirect title answers with its target.
                 * @example October Revolution
                 */
                title: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The summary of an article */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The article asked for, with how the title was resolved */
                        article: {
                            /** @example Russian revolution of 1917 */
                            title: string;
                            /**
                             * @description The title in URL form
                             * @example Russian_revolution_of_1917
                             */
                            slug: string;
                            /**
                             * @description The article resource
                             * @example /v1/articles/Russian_revolution_of_1917
                             */
                            href: string;
                            /**
                             * @description The redirect title that was asked for
                             * @example October Revolution
                             */
                            redirectedFrom?: string;
                            /**
                             * @description The section that redirect leads to (`#REDIRECT [[Title#Section]]`), when it names one
                             * @example Early life
                             */
                            redirectFragment?: string;
                            /**
                             * @description The non-canonical spelling that was asked for
                             * @example russian_revolution_of_1917
                             */
                            normalizedFrom?: string;
                        };
                        summary: string | null;
                    };
                };
            };
            /** @description Not modified: the `If-None-Match` ETag still matches (or, without one, nothing changed since `If-Modified-Since`) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameters (RFC 9457 problem details, with the failing parameters) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (RFC 9457 problem details) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the accepted media types can be produced */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long (over 4096 characters, or a path segment over 2048) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error; details are hidden */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service under pressure; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getArticleInfobox: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Article title in any spelling MediaWiki normalises to the same title: spaces or underscores, percent-encoding, first-letter case. A redirect title answers with its target.
                 * @example October Revolution
                 */
                title: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The infobox of an article */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The article asked for, with how the title was resolved */
                        article: {
                            /** @example Russian revolution of 1917 */
                            title: string;
                            /**
                             * @description The title in URL form
                             * @example Russian_revolution_of_1917
                             */
                            slug: string;
                            /**
                             * @description The article resource
                             * @example /v1/articles/Russian_revolution_of_1917
                             */
                            href: string;
                            /**
                             * @description The redirect title that was asked for
                             * @example October Revolution
                             */
                            redirectedFrom?: string;
                            /**
                             * @description The section that redirect leads to (`#REDIRECT [[Title#Section]]`), when it names one
                             * @example Early life
                             */
                            redirectFragment?: string;
                            /**
                             * @description The non-canonical spelling that was asked for
                             * @example russian_revolution_of_1917
                             */
                            normalizedFrom?: string;
                        };
                        infobox: {
                            /** @description The infobox title line */
                            title: string | null;
                            /** @description The template recognised from its labels, e.g. "military conflict" */
                            template: string | null;
                            fields: {
                                /**
                                 * @description Stable snake_case key, unique within the infobox
                                 * @example date
                                 */
                                key: string;
                                /**
                                 * @description The label, printed or supplied from the template; null where the rendering lost it
                                 * @example Date
                                 */
                                label: string | null;
                                /**
                                 * @description The raw value, markers included; continuation lines joined with a newline
                                 * @example November 7th, 1917
                                 */
                                text: string;
                                /** @description The sides of a two-sided row, or the items of a list-like row */
                                values?: string[];
                                /**
                                 * Format: date
                                 * @description ISO 8601 date found in the value
                                 * @example 1917-11-07
                                 */
                                date?: string;
                                /** @description The group header the row sits under, e.g. "History" or "Area" */
                                group?: string;
                                /** @description True when the label was not printed and comes from the template */
                                supplied?: boolean;
                                /**
                                 * @description Wikitext articles: the parameter's value as written
                                 * @example {{birth date|1870|4|22}}
                                 */
                                raw?: string;
                                /**
                                 * @description Wikitext articles: the articles the value links to
                                 * @example [
                                 *       "Simbirsk"
                                 *     ]
                                 */
                                links?: string[];
                                /**
                                 * @description The value typed — a number, a quantity with its unit, a date or range, a boolean, URL, coordinates or a list of them — or null when nothing is certain (`text` and `raw` keep the rest)
                                 * @example {
                                 *       "type": "date",
                                 *       "date": "1870-04-22",
                                 *       "precision": "day"
                                 *     }
                                 */
                                value: ({
                                    /** @enum {string} */
                                    type: "number";
                                    number: number;
                                } | {
                                    /** @enum {string} */
                                    type: "quantity";
                                    /** @description In the unit written */
                                    number: number;
                                    /**
                                     * @description UCUM code, or ISO 4217 for a currency
                                     * @example km2
                                     * @example [mi_i]2
                                     * @example USD
                                     */
                                    unit: string;
                                } | {
                                    /** @enum {string} */
                                    type: "date";
                                    /**
                                     * @description ISO 8601 with astronomical years (1 BC is 0000, 44 BC is -0043): YYYY-MM-DD, YYYY-MM or YYYY as precise as the source
                                     * @example 1917-11-07
                                     * @example -0043-03-15
                                     * @example 1920
                                     */
                                    date: string;
                                    /** @description How much of the date the source gives; decade and century dates are their first year */
                                    precision: "day" | "month" | "year" | "decade" | "century";
                                    /** @description `c. 1850`, `fl. 1200s` */
                                    qualifier?: "circa" | "floruit";
                                } | {
                                    /** @enum {string} */
                                    type: "daterange";
                                    from: {
                                        /**
                                         * @description ISO 8601 with astronomical years (1 BC is 0000, 44 BC is -0043): YYYY-MM-DD, YYYY-MM or YYYY as precise as the source
                                         * @example 1917-11-07
                                         * @example -0043-03-15
                                         * @example 1920
                                         */
                                        date: string;
                                        /** @description How much of the date the source gives; decade and century dates are their first year */
                                        precision: "day" | "month" | "year" | "decade" | "century";
                                    };
                                    /** @description null: to the present */
                                    to: {
                                        /**
                                         * @description ISO 8601 with astronomical years (1 BC is 0000, 44 BC is -0043): YYYY-MM-DD, YYYY-MM or YYYY as precise as the source
                                         * @example 1917-11-07
                                         * @example -0043-03-15
                                         * @example 1920
                                         */
                                        date: string;
                                        /** @description How much of the date the source gives; decade and century dates are their first year */
                                        precision: "day" | "month" | "year" | "decade" | "century";
                                    } | null;
                                } | {
                                    /** @enum {string} */
                                    type: "boolean";
                                    boolean: boolean;
                                } | {
                                    /** @enum {string} */
                                    type: "url";
                                    /** Format: uri */
                                    url: string;
                                } | {
                                    /** @enum {string} */
                                    type: "coordinates";
                                    lat: number;
                                    lon: number;
                                } | {
                                    /** @enum {string} */
                                    type: "list";
                                    items: ({
                                        /** @enum {string} */
                                        type: "number";
                                        number: number;
                                    } | {
                                        /** @enum {string} */
                                        type: "quantity";
                                        /** @description In the unit written */
                                        number: number;
                                        /**
                                         * @description UCUM code, or ISO 4217 for a currency
                                         * @example km2
                                         * @example [mi_i]2
                                         * @example USD
                                         */
                                        unit: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "date";
                                        /**
                                         * @description ISO 8601 with astronomical years (1 BC is 0000, 44 BC is -0043): YYYY-MM-DD, YYYY-MM or YYYY as precise as the source
                                         * @example 1917-11-07
                                         * @example -0043-03-15
                                         * @example 1920
                                         */
                                        date: string;
                                        /** @description How much of the date the source gives; decade and century dates are their first year */
                                        precision: "day" | "month" | "year" | "decade" | "century";
                                        /** @description `c. 1850`, `fl. 1200s` */
                                        qualifier?: "circa" | "floruit";
                                    } | {
                                        /** @enum {string} */
                                        type: "daterange";
                                        from: {
                                            /**
                                             * @description ISO 8601 with astronomical years (1 BC is 0000, 44 BC is -0043): YYYY-MM-DD, YYYY-MM or YYYY as precise as the source
                                             * @example 1917-11-07
                                             * @example -0043-03-15
                                             * @example 1920
                                             */
                                            date: string;
                                            /** @description How much of the date the source gives; decade and century dates are their first year */
                                            precision: "day" | "month" | "year" | "decade" | "century";
                                        };
                                        /** @description null: to the present */
                                        to: {
                                            /**
                                             * @description ISO 8601 with astronomical years (1 BC is 0000, 44 BC is -0043): YYYY-MM-DD, YYYY-MM or YYYY as precise as the source
                                             * @example 1917-11-07
                                             * @example -0043-03-15
                                             * @example 1920
                                             */
                                            date: string;
                                            /** @description How much of the date the source gives; decade and century dates are their first year */
                                            precision: "day" | "month" | "year" | "decade" | "century";
                                        } | null;
                                    } | {
                                        /** @enum {string} */
                                        type: "boolean";
                                        boolean: boolean;
                                    } | {
                                        /** @enum {string} */
                                        type: "url";
                                        /** Format: uri */
                                        url: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "coordinates";
                                        lat: number;
                                        lon: number;
                                    })[];
                                }) | null;
                            }[];
                        } | null;
                    };
                };
            };
            /** @description Not modified: the `If-None-Match` ETag still matches (or, without one, nothing changed since `If-Modified-Since`) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameters (RFC 9457 problem details, with the failing parameters) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (RFC 9457 problem details) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the accepted media types can be produced */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long (over 4096 characters, or a path segment over 2048) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error; details are hidden */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service under pressure; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listArticleSections: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Article title in any spelling MediaWiki normalises to the same title: spaces or underscores, percent-encoding, first-letter case. A redirect title answers with its target.
                 * @example October Revolution
                 */
                title: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sections of an article */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The article asked for, with how the title was resolved */
                        article: {
                            /** @example Russian revolution of 1917 */
                            title: string;
                            /**
                             * @description The title in URL form
                             * @example Russian_revolution_of_1917
                             */
                            slug: string;
                            /**
                             * @description The article resource
                             * @example /v1/articles/Russian_revolution_of_1917
                             */
                            href: string;
                            /**
                             * @description The redirect title that was asked for
                             * @example October Revolution
                             */
                            redirectedFrom?: string;
                            /**
                             * @description The section that redirect leads to (`#REDIRECT [[Title#Section]]`), when it names one
                             * @example Early life
                             */
                            redirectFragment?: string;
                            /**
                             * @description The non-canonical spelling that was asked for
                             * @example russian_revolution_of_1917
                             */
                            normalizedFrom?: string;
                        };
                        sections: {
                            /** @description 0 is the lead */
                            index: number;
                            /** @description Anchor (title with underscores, made unique); null for the lead and untitled sections */
                            anchor: string | null;
                            /** @description Heading; null for the lead and where the rendering lost the heading */
                            title: string | null;
                            /** @description 0 lead, 2 section, 3 subsection (wikitext: `==` is 2, `===` 3, …; text: inferred from a heading directly under a heading) */
                            level: number;
                            hatnotes: {
                                /** @description `see-also` and `main` as printed; `about` and `redirect` are disambiguation hatnotes above the lead */
                                kind: "see-also" | "main" | "further" | "about" | "redirect";
                                /** @description Linked article titles, in order */
                                targets: string[];
                            }[];
                            paragraphs: {
                                /** @description A paragraph, a whole bullet or numbered list, a block quotation or a table (wikitext) */
                                kind: "paragraph" | "list" | "quote" | "table";
                                /** @description The text without citation markers; list items one per line; table rows one per line, cells apart by tabs */
                                text: string;
                                /** @description The items of a list */
                                items?: string[];
                                /**
                                 * @description The rows of a table, header rows included, each its cells as displayed
                                 * @example [
                                 *       [
                                 *         "Year",
                                 *         "Members"
                                 *       ],
                                 *       [
                                 *         "1922",
                                 *         "300,000"
                                 *       ]
                                 *     ]
                                 */
                                rows?: string[][];
                                /** @description Reference numbers cited here, in order of first appearance */
                                citations: number[];
                            }[];
                            /** @description Distinct reference numbers cited in the section */
                            citations: number[];
                        }[];
                    };
                };
            };
            /** @description Not modified: the `If-None-Match` ETag still matches (or, without one, nothing changed since `If-Modified-Since`) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameters (RFC 9457 problem details, with the failing parameters) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (RFC 9457 problem details) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the accepted media types can be produced */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long (over 4096 characters, or a path segment over 2048) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error; details are hidden */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service under pressure; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getArticleSection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Article title in any spelling MediaWiki normalises to the same title: spaces or underscores, percent-encoding, first-letter case. A redirect title answers with its target.
                 * @example October Revolution
                 */
                title: string;
                /**
                 * @description Section index or anchor
                 * @example Revolution_in_Petrograd
                 */
                section: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One section of an article */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The article asked for, with how the title was resolved */
                        article: {
                            /** @example Russian revolution of 1917 */
                            title: string;
                            /**
                             * @description The title in URL form
                             * @example Russian_revolution_of_1917
                             */
                            slug: string;
                            /**
                             * @description The article resource
                             * @example /v1/articles/Russian_revolution_of_1917
                             */
                            href: string;
                            /**
                             * @description The redirect title that was asked for
                             * @example October Revolution
                             */
                            redirectedFrom?: string;
                            /**
                             * @description The section that redirect leads to (`#REDIRECT [[Title#Section]]`), when it names one
                             * @example Early life
                             */
                            redirectFragment?: string;
                            /**
                             * @description The non-canonical spelling that was asked for
                             * @example russian_revolution_of_1917
                             */
                            normalizedFrom?: string;
                        };
                        section: {
                            /** @description 0 is the lead */
                            index: number;
                            /** @description Anchor (title with underscores, made unique); null for the lead and untitled sections */
                            anchor: string | null;
                            /** @description Heading; null for the lead and where the rendering lost the heading */
                            title: string | null;
                            /** @description 0 lead, 2 section, 3 subsection (wikitext: `==` is 2, `===` 3, …; text: inferred from a heading directly under a heading) */
                            level: number;
                            hatnotes: {
                                /** @description `see-also` and `main` as printed; `about` and `redirect` are disambiguation hatnotes above the lead */
                                kind: "see-also" | "main" | "further" | "about" | "redirect";
                                /** @description Linked article titles, in order */
                                targets: string[];
                            }[];
                            paragraphs: {
                                /** @description A paragraph, a whole bullet or numbered list, a block quotation or a table (wikitext) */
                                kind: "paragraph" | "list" | "quote" | "table";
                                /** @description The text without citation markers; list items one per line; table rows one per line, cells apart by tabs */
                                text: string;
                                /** @description The items of a list */
                                items?: string[];
                                /**
                                 * @description The rows of a table, header rows included, each its cells as displayed
                                 * @example [
                                 *       [
                                 *         "Year",
                                 *         "Members"
                                 *       ],
                                 *       [
                                 *         "1922",
                                 *         "300,000"
                                 *       ]
                                 *     ]
                                 */
                                rows?: string[][];
                                /** @description Reference numbers cited here, in order of first appearance */
                                citations: number[];
                            }[];
                            /** @description Distinct reference numbers cited in the section */
                            citations: number[];
                        };
                    };
                };
            };
            /** @description Not modified: the `If-None-Match` ETag still matches (or, without one, nothing changed since `If-Modified-Since`) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameters (RFC 9457 problem details, with the failing parameters) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (RFC 9457 problem details) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the accepted media types can be produced */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long (over 4096 characters, or a path segment over 2048) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error; details are hidden */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service under pressure; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listArticleCitations: {
        parameters: {
            query?: {
                /**
                 * @description Response format (else chosen by `Accept`): `json`; `csl-json` (`application/vnd.citationstyles.csl+json`); `bibtex` (`application/x-bibtex`); `biblatex` (`application/x-biblatex`); `ris` (`application/x-research-info-systems`); `bibliography`, formatted in `style` and `locale` as plain text (`text/x-bibliography`); `html`, the same as an HTML fragment (`text/html`, only by this parameter)
                 * @example bibtex
                 */
                format?: "json" | "csl-json" | "bibtex" | "biblatex" | "ris" | "bibliography" | "html";
                /**
                 * @description CSL style of `bibliography` and `html` (default `apa`), by its CSL id or a short name (`chicago` for `chicago-author-date`, `harvard` for `harvard-cite-them-right`, `harvard1` for `harvard-cite-them-right`, `mla` for `modern-language-association`); given alone, asks for a bibliography
                 * @example chicago-author-date
                 */
                style?: "apa" | "chicago-author-date" | "harvard-cite-them-right" | "modern-language-association" | "vancouver" | "chicago" | "harvard" | "harvard1" | "mla";
                /**
                 * @description Locale of `bibliography` and `html` (default `en-US`): terms, dates, quotation marks
                 * @example fr-FR
                 */
                locale?: "de-DE" | "en-US" | "es-ES" | "fr-FR" | "nl-NL" | "ru-RU" | "zh-CN";
            };
            header?: never;
            path: {
                /**
                 * @description Article title in any spelling MediaWiki normalises to the same title: spaces or underscores, percent-encoding, first-letter case. A redirect title answers with its target.
                 * @example October Revolution
                 */
                title: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The citations of an article, as JSON or in a citation format */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The article asked for, with how the title was resolved */
                        article: {
                            /** @example Russian revolution of 1917 */
                            title: string;
                            /**
                             * @description The title in URL form
                             * @example Russian_revolution_of_1917
                             */
                            slug: string;
                            /**
                             * @description The article resource
                             * @example /v1/articles/Russian_revolution_of_1917
                             */
                            href: string;
                            /**
                             * @description The redirect title that was asked for
                             * @example October Revolution
                             */
                            redirectedFrom?: string;
                            /**
                             * @description The section that redirect leads to (`#REDIRECT [[Title#Section]]`), when it names one
                             * @example Early life
                             */
                            redirectFragment?: string;
                            /**
                             * @description The non-canonical spelling that was asked for
                             * @example russian_revolution_of_1917
                             */
                            normalizedFrom?: string;
                        };
                        citations: {
                            /**
                             * @description The reference number in its article
                             * @example 1
                             */
                            n: number;
                            /**
                             * @description The reference as printed after `N. `, backlink labels included
                             * @example Vijay Prashad (2017). Red Star over the Third World: 'Red October' (p. 30). [PDF] New Delhi: LeftWord Books.
                             */
                            text: string;
                            /** @description Authors as "Given Family" ("Stalin, Joseph" → "Joseph Stalin"); organisations as written. `names` has them as CSL names. */
                            authors: string[];
                            /** @description The authors as CSL names (family, given, particles, suffix; `literal` for an organisation), in the order of `authors`; absent from references stored before names were parsed. Never a title or a site: a reference that names no author has none. */
                            names?: {
                                /** @example Gogh */
                                family?: string;
                                /** @example Vincent */
                                given?: string;
                                /**
                                 * @description A particle kept with the family name when the given name is dropped (`van` Gogh, `al-`Khwarizmi)
                                 * @example van
                                 */
                                "non-dropping-particle"?: string;
                                /**
                                 * @description A particle dropped with the given name (Beethoven, Ludwig `van`)
                                 * @example van
                                 */
                                "dropping-particle"?: string;
                                /** @example Jr. */
                                suffix?: string;
                                /**
                                 * @description An organisation (or a single name) as written, never split
                                 * @example BBC
                                 */
                                literal?: string;
                            }[];
                            /** @description Wikitext citation templates: the editors (`editor-last1`, `editor1`, `veditors`…), as CSL names */
                            editors?: {
                                /** @example Gogh */
                                family?: string;
                                /** @example Vincent */
                                given?: string;
                                /**
                                 * @description A particle kept with the family name when the given name is dropped (`van` Gogh, `al-`Khwarizmi)
                                 * @example van
                                 */
                                "non-dropping-particle"?: string;
                                /**
                                 * @description A particle dropped with the given name (Beethoven, Ludwig `van`)
                                 * @example van
                                 */
                                "dropping-particle"?: string;
                                /** @example Jr. */
                                suffix?: string;
                                /**
                                 * @description An organisation (or a single name) as written, never split
                                 * @example BBC
                                 */
                                literal?: string;
                            }[];
                            /** @description Year of publication, from `(YYYY)` or a full date; null for `n.d.` or none. */
                            year: number | null;
                            /** @description Full publication date (ISO YYYY-MM-DD) when the reference gives one, e.g. `(2018-11-02)`. */
                            date: string | null;
                            /** @description Title of the work: a book title (with any unquoted subtitle) or a quoted article/page title. */
                            title: string | null;
                            /** @description Chapter or part, from a quoted `'Chapter'` after the title. */
                            chapter: string | null;
                            /** @description Edition, e.g. `5th ed.`. */
                            edition: string | null;
                            /** @description Volume number (journals and multi-volume works). */
                            volume: string | null;
                            /** @description Issue number (journals). */
                            issue: string | null;
                            /** @description Pages as written: `p. 30`, `pp. 140–152`, or a bare journal range `45–63`. */
                            pages: string | null;
                            /** @description Place of publication, e.g. `New Delhi`. */
                            place: string | null;
                            /** @description Publisher, or the journal, newspaper or website that published the work. */
                            publisher: string | null;
                            /** @description The first URL visible in the reference (the archive URL if that is the one shown). */
                            url: string | null;
                            /** @description Format from a `[PDF]`/`[HTML]` tag or `(PDF)`; other tags such as `[MIA]` give null. */
                            format: "PDF" | "HTML" | null;
                            /** @description Access date (ISO), from "Retrieved <date>". */
                            retrieved: string | null;
                            /** @description Archive date (ISO), from "Archived from the original on <date>". */
                            archived: string | null;
                            /** @description Shape of the reference: `book` (title, imprint), `journal` (article with volume/issue/pages), `web` (article or page with an outlet), `note` (a pointer such as "See … available in Wikisource" that names no work), `ibid` (same source as the previous reference), `url` (a bare URL), `other` (not recognised). */
                            kind: "book" | "journal" | "web" | "note" | "ibid" | "url" | "other";
                            /** @description Backlink labels of a reference cited several times, e.g. ["2.0", "2.1", "2.2"]. */
                            backlinks: string[];
                            /** @description Standard identifiers of the cited work, from the reference text or the citation template. */
                            identifiers: {
                                /**
                                 * @description ISBNs with a valid check digit, as hyphenated ISBN-13 (an ISBN-10 is converted).
                                 * @example [
                                 *       "978-0-674-51173-6"
                                 *     ]
                                 */
                                isbn: string[];
                                /**
                                 * @description DOI in lower case (DOIs are compared without case), without a `doi:` or doi.org prefix.
                                 * @example 10.1086/226147
                                 */
                                doi: string | null;
                                /**
                                 * @description OCLC (WorldCat) number, without leading zeros.
                                 * @example 123456
                                 */
                                oclc: string | null;
                                archive: {
                                    /**
                                     * @description The archive copy, as cited.
                                     * @example https://web.archive.org/web/20190412083000/https://example.org/page
                                     */
                                    url: string;
                                    /**
                                     * @description The archived URL (from the Wayback URL, or the template's `url`).
                                     * @example https://example.org/page
                                     */
                                    original: string | null;
                                    /**
                                     * @description The date of the snapshot (ISO), from the Wayback timestamp or `archive-date`.
                                     * @example 2019-04-12
                                     */
                                    date: string | null;
                                } | null;
                            };
                            /**
                             * @description Wikitext articles: the `<ref name=…>`, null when unnamed
                             * @example lih
                             */
                            name?: string | null;
                            /**
                             * @description Wikitext articles: the citation template the reference was written with
                             * @example cite book
                             */
                            template?: string;
                            /**
                             * @description Wikitext articles: the group of a note numbered apart (`<ref group="note">`; `{{efn}}` is "lower-alpha"); absent for the references
                             * @example lower-alpha
                             */
                            group?: string;
                            /**
                             * @description Wikitext articles with note groups: the marker as printed (`3` for the references, `a`, `note 1` in their groups); `n` stays unique
                             * @example a
                             */
                            label?: string;
                            /**
                             * @description Wikitext {{sfn}} short footnotes: the `n` of the reference in this article giving the full work it abbreviates (its `sourceId` is the work's as well)
                             * @example 4
                             */
                            fullCitation?: number;
                            /** @description The cited work (`/v1/sources/{id}`); null for notes that name no work */
                            sourceId: number | null;
                        }[];
                    };
                    "application/vnd.citationstyles.csl+json": {
                        /**
                         * @description `<article slug>-<reference number>`
                         * @example Russian_revolution_of_1917-1
                         */
                        id: string;
                        /** @description CSL item type: `book`, `chapter` (a chapter given), `article-journal`, `webpage`, or `document` for notes and unrecognised references */
                        type: "book" | "chapter" | "article-journal" | "webpage" | "document";
                        /**
                         * @description The work, or the chapter of a `chapter`
                         * @example Red October
                         */
                        title?: string;
                        /**
                         * @description The book of a chapter, the journal of an article, the site or outlet of a web page
                         * @example Red Star over the Third World
                         */
                        "container-title"?: string;
                        author?: {
                            /** @example Gogh */
                            family?: string;
                            /** @example Vincent */
                            given?: string;
                            /**
                             * @description A particle kept with the family name when the given name is dropped (`van` Gogh, `al-`Khwarizmi)
                             * @example van
                             */
                            "non-dropping-particle"?: string;
                            /**
                             * @description A particle dropped with the given name (Beethoven, Ludwig `van`)
                             * @example van
                             */
                            "dropping-particle"?: string;
                            /** @example Jr. */
                            suffix?: string;
                            /**
                             * @description An organisation (or a single name) as written, never split
                             * @example BBC
                             */
                            literal?: string;
                        }[];
                        editor?: {
                            /** @example Gogh */
                            family?: string;
                            /** @example Vincent */
                            given?: string;
                            /**
                             * @description A particle kept with the family name when the given name is dropped (`van` Gogh, `al-`Khwarizmi)
                             * @example van
                             */
                            "non-dropping-particle"?: string;
                            /**
                             * @description A particle dropped with the given name (Beethoven, Ludwig `van`)
                             * @example van
                             */
                            "dropping-particle"?: string;
                            /** @example Jr. */
                            suffix?: string;
                            /**
                             * @description An organisation (or a single name) as written, never split
                             * @example BBC
                             */
                            literal?: string;
                        }[];
                        /** @description A CSL date */
                        issued?: {
                            /**
                             * @description [[year, month, day]], month and day when known
                             * @example [
                             *       [
                             *         2017
                             *       ]
                             *     ]
                             */
                            "date-parts": number[][];
                        };
                        /** @description A CSL date */
                        accessed?: {
                            /**
                             * @description [[year, month, day]], month and day when known
                             * @example [
                             *       [
                             *         2017
                             *       ]
                             *     ]
                             */
                            "date-parts": number[][];
                        };
                        /** @example LeftWord Books */
                        publisher?: string;
                        /** @example New Delhi */
                        "publisher-place"?: string;
                        /** @example 30 */
                        page?: string;
                        volume?: string;
                        issue?: string;
                        edition?: string;
                        /**
                         * @description The format tag of the reference
                         * @example PDF
                         */
                        medium?: string;
                        URL?: string;
                        /**
                         * @description The first ISBN, as hyphenated ISBN-13
                         * @example 978-0-674-51173-6
                         */
                        ISBN?: string;
                        /**
                         * @description The DOI (lower case)
                         * @example 10.1086/226147
                         */
                        DOI?: string;
                        /** @description The reference text, for a reference that names no title (notes, Ibid.) */
                        note?: string;
                    }[];
                    /**
                     * @example @book{Russian_revolution_of_1917-1,
                     *     	address = {New Delhi},
                     *     	author = {Prashad, Vijay},
                     *     	year = {2017},
                     *     	pages = {30},
                     *     	publisher = {LeftWord Books},
                     *     	title = {Red {Star} over the {Third} {World}},
                     *     }
                     */
                    "application/x-bibtex": string;
                    /**
                     * @example @book{Russian_revolution_of_1917-1,
                     *     	author = {Prashad, Vijay},
                     *     	date = {2017},
                     *     	pages = {30},
                     *     	location = {New Delhi},
                     *     	publisher = {LeftWord Books},
                     *     	title = {Red {Star} over the {Third} {World}},
                     *     }
                     */
                    "application/x-biblatex": string;
                    /**
                     * @example TY  - BOOK
                     *     AU  - Prashad, Vijay
                     *     CY  - New Delhi
                     *     DA  - 2017///
                     *     PY  - 2017
                     *     ID  - Russian_revolution_of_1917-1
                     *     PB  - LeftWord Books
                     *     SE  - 30
                     *     TI  - Red Star over the Third World
                     *     ER  -
                     */
                    "application/x-research-info-systems": string;
                    /** @example Prashad, V. (2017). Red Star over the Third World (p. 30) [PDF]. LeftWord Books. */
                    "text/x-bibliography": string;
                    /**
                     * @example <div class="csl-bib-body">
                     *       <div data-csl-entry-id="Russian_revolution_of_1917-1" class="csl-entry">Prashad, V. (2017). <i>Red Star over the Third World</i> (p. 30) [PDF]. LeftWord Books.</div>
                     *     </div>
                     */
                    "text/html": string;
                };
            };
            /** @description Not modified: the `If-None-Match` ETag still matches (or, without one, nothing changed since `If-Modified-Since`) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameters (RFC 9457 problem details, with the failing parameters) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (RFC 9457 problem details) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the accepted media types can be produced */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long (over 4096 characters, or a path segment over 2048) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error; details are hidden */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service under pressure; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    citeArticle: {
        parameters: {
            query?: {
                /**
                 * @description Response format (else chosen by `Accept`): `json`; `csl-json` (`application/vnd.citationstyles.csl+json`); `bibtex` (`application/x-bibtex`); `biblatex` (`application/x-biblatex`); `ris` (`application/x-research-info-systems`); `bibliography`, formatted in `style` and `locale` as plain text (`text/x-bibliography`); `html`, the same as an HTML fragment (`text/html`, only by this parameter)
                 * @example bibtex
                 */
                format?: "json" | "csl-json" | "bibtex" | "biblatex" | "ris" | "bibliography" | "html";
                /**
                 * @description CSL style of `bibliography` and `html` (default `apa`), by its CSL id or a short name (`chicago` for `chicago-author-date`, `harvard` for `harvard-cite-them-right`, `harvard1` for `harvard-cite-them-right`, `mla` for `modern-language-association`); given alone, asks for a bibliography
                 * @example chicago-author-date
                 */
                style?: "apa" | "chicago-author-date" | "harvard-cite-them-right" | "modern-language-association" | "vancouver" | "chicago" | "harvard" | "harvard1" | "mla";
                /**
                 * @description Locale of `bibliography` and `html` (default `en-US`): terms, dates, quotation marks
                 * @example fr-FR
                 */
                locale?: "de-DE" | "en-US" | "es-ES" | "fr-FR" | "nl-NL" | "ru-RU" | "zh-CN";
            };
            header?: never;
            path: {
                /**
                 * @description Article title in any spelling MediaWiki normalises to the same title: spaces or underscores, percent-encoding, first-letter case. A redirect title answers with its target.
                 * @example October Revolution
                 */
                title: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The citation of the article, as JSON or in a citation format */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The article asked for, with how the title was resolved */
                        article: {
                            /** @example Russian revolution of 1917 */
                            title: string;
                            /**
                             * @description The title in URL form
                             * @example Russian_revolution_of_1917
                             */
                            slug: string;
                            /**
                             * @description The article resource
                             * @example /v1/articles/Russian_revolution_of_1917
                             */
                            href: string;
                            /**
                             * @description The redirect title that was asked for
                             * @example October Revolution
                             */
                            redirectedFrom?: string;
                            /**
                             * @description The section that redirect leads to (`#REDIRECT [[Title#Section]]`), when it names one
                             * @example Early life
                             */
                            redirectFragment?: string;
                            /**
                             * @description The non-canonical spelling that was asked for
                             * @example russian_revolution_of_1917
                             */
                            normalizedFrom?: string;
                        };
                        /**
                         * @description The site the article comes from
                         * @example Wikipedia
                         */
                        site: string;
                        /**
                         * @description "‹site› contributors"
                         * @example Wikipedia contributors
                         */
                        author: string;
                        /** @example Russian revolution of 1917 */
                        title: string;
                        /** @description The revision imported (wikitext); null for text documents */
                        revision: {
                            id: number;
                            /** Format: date-time */
                            timestamp: string;
                        } | null;
                        /**
                         * @description The wiki's URL of the revision (`Special:Redirect/revision/<id>`) when the export gave the wiki's base URL, else this API's absolute URL of the article
                         * @example https://en.wikipedia.org/wiki/Special:Redirect/revision/1221234567
                         */
                        permanentUrl: string;
                        /**
                         * Format: date
                         * @description Today (UTC), the access date
                         * @example 2026-12-02
                         */
                        accessed: string;
                        /** @description The licence of the site's content; null when the server configures none */
                        license: {
                            /**
                             * @description The licence, spelt as the site configures it (SITE_LICENSE_ID)
                             * @example CC-BY-SA-4.0
                             */
                            id: string;
                            /** @description Where the licence is read (SITE_LICENSE_URL); null when not configured */
                            url: string | null;
                        } | null;
                        /** @description The article as a CSL-JSON item (an encyclopedia entry) */
                        csl: {
                            /**
                             * @description The article slug
                             * @example Russian_revolution_of_1917
                             */
                            id: string;
                            /** @enum {string} */
                            type: "entry-encyclopedia";
                            /** @example Russian revolution of 1917 */
                            title: string;
                            /**
                             * @description The site (the encyclopedia the entry is in; not repeated as publisher, which styles would print twice)
                             * @example Wikipedia
                             */
                            "container-title": string;
                            /**
                             * @description "‹site› contributors", a literal name
                             * @example [
                             *       {
                             *         "literal": "Wikipedia contributors"
                             *       }
                             *     ]
                             */
                            author: {
                                /** @example Gogh */
                                family?: string;
                                /** @example Vincent */
                                given?: string;
                                /**
                                 * @description A particle kept with the family name when the given name is dropped (`van` Gogh, `al-`Khwarizmi)
                                 * @example van
                                 */
                                "non-dropping-particle"?: string;
                                /**
                                 * @description A particle dropped with the given name (Beethoven, Ludwig `van`)
                                 * @example van
                                 */
                                "dropping-particle"?: string;
                                /** @example Jr. */
                                suffix?: string;
                                /**
                                 * @description An organisation (or a single name) as written, never split
                                 * @example BBC
                                 */
                                literal?: string;
                            }[];
                            /** @description A CSL date */
                            issued?: {
                                /**
                                 * @description [[year, month, day]], month and day when known
                                 * @example [
                                 *       [
                                 *         2017
                                 *       ]
                                 *     ]
                                 */
                                "date-parts": number[][];
                            };
                            /** @description A CSL date */
                            accessed: {
                                /**
                                 * @description [[year, month, day]], month and day when known
                                 * @example [
                                 *       [
                                 *         2017
                                 *       ]
                                 *     ]
                                 */
                                "date-parts": number[][];
                            };
                            /**
                             * @description The version cited: the revision id (wikitext), else the first 12 hex digits of the sha256 of the source document
                             * @example 1221234567
                             */
                            version: string;
                            /**
                             * @description The permanent URL
                             * @example https://api.example.org/v1/articles/Russian_revolution_of_1917
                             */
                            URL: string;
                        };
                    };
                    "application/vnd.citationstyles.csl+json": {
                        /**
                         * @description The article slug
                         * @example Russian_revolution_of_1917
                         */
                        id: string;
                        /** @enum {string} */
                        type: "entry-encyclopedia";
                        /** @example Russian revolution of 1917 */
                        title: string;
                        /**
                         * @description The site (the encyclopedia the entry is in; not repeated as publisher, which styles would print twice)
                         * @example Wikipedia
                         */
                        "container-title": string;
                        /**
                         * @description "‹site› contributors", a literal name
                         * @example [
                         *       {
                         *         "literal": "Wikipedia contributors"
                         *       }
                         *     ]
                         */
                        author: {
                            /** @example Gogh */
                            family?: string;
                            /** @example Vincent */
                            given?: string;
                            /**
                             * @description A particle kept with the family name when the given name is dropped (`van` Gogh, `al-`Khwarizmi)
                             * @example van
                             */
                            "non-dropping-particle"?: string;
                            /**
                             * @description A particle dropped with the given name (Beethoven, Ludwig `van`)
                             * @example van
                             */
                            "dropping-particle"?: string;
                            /** @example Jr. */
                            suffix?: string;
                            /**
                             * @description An organisation (or a single name) as written, never split
                             * @example BBC
                             */
                            literal?: string;
                        }[];
                        /** @description A CSL date */
                        issued?: {
                            /**
                             * @description [[year, month, day]], month and day when known
                             * @example [
                             *       [
                             *         2017
                             *       ]
                             *     ]
                             */
                            "date-parts": number[][];
                        };
                        /** @description A CSL date */
                        accessed: {
                            /**
                             * @description [[year, month, day]], month and day when known
                             * @example [
                             *       [
                             *         2017
                             *       ]
                             *     ]
                             */
                            "date-parts": number[][];
                        };
                        /**
                         * @description The version cited: the revision id (wikitext), else the first 12 hex digits of the sha256 of the source document
                         * @example 1221234567
                         */
                        version: string;
                        /**
                         * @description The permanent URL
                         * @example https://api.example.org/v1/articles/Russian_revolution_of_1917
                         */
                        URL: string;
                    }[];
                    /**
                     * @example @book{Russian_revolution_of_1917-1,
                     *     	address = {New Delhi},
                     *     	author = {Prashad, Vijay},
                     *     	year = {2017},
                     *     	pages = {30},
                     *     	publisher = {LeftWord Books},
                     *     	title = {Red {Star} over the {Third} {World}},
                     *     }
                     */
                    "application/x-bibtex": string;
                    /**
                     * @example @book{Russian_revolution_of_1917-1,
                     *     	author = {Prashad, Vijay},
                     *     	date = {2017},
                     *     	pages = {30},
                     *     	location = {New Delhi},
                     *     	publisher = {LeftWord Books},
                     *     	title = {Red {Star} over the {Third} {World}},
                     *     }
                     */
                    "application/x-biblatex": string;
                    /**
                     * @example TY  - BOOK
                     *     AU  - Prashad, Vijay
                     *     CY  - New Delhi
                     *     DA  - 2017///
                     *     PY  - 2017
                     *     ID  - Russian_revolution_of_1917-1
                     *     PB  - LeftWord Books
                     *     SE  - 30
                     *     TI  - Red Star over the Third World
                     *     ER  -
                     */
                    "application/x-research-info-systems": string;
                    /** @example Prashad, V. (2017). Red Star over the Third World (p. 30) [PDF]. LeftWord Books. */
                    "text/x-bibliography": string;
                    /**
                     * @example <div class="csl-bib-body">
                     *       <div data-csl-entry-id="Russian_revolution_of_1917-1" class="csl-entry">Prashad, V. (2017). <i>Red Star over the Third World</i> (p. 30) [PDF]. LeftWord Books.</div>
                     *     </div>
                     */
                    "text/html": string;
                };
            };
            /** @description Not modified: the `If-None-Match` ETag still matches (or, without one, nothing changed since `If-Modified-Since`) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameters (RFC 9457 problem details, with the failing parameters) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (RFC 9457 problem details) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the accepted media types can be produced */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long (over 4096 characters, or a path segment over 2048) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error; details are hidden */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service under pressure; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listArticleRedirects: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Article title in any spelling MediaWiki normalises to the same title: spaces or underscores, percent-encoding, first-letter case. A redirect title answers with its target.
                 * @example October Revolution
                 */
                title: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The redirects to an article */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The article asked for, with how the title was resolved */
                        article: {
                            /** @example Russian revolution of 1917 */
                            title: string;
                            /**
                             * @description The title in URL form
                             * @example Russian_revolution_of_1917
                             */
                            slug: string;
                            /**
                             * @description The article resource
                             * @example /v1/articles/Russian_revolution_of_1917
                             */
                            href: string;
                            /**
                             * @description The redirect title that was asked for
                             * @example October Revolution
                             */
                            redirectedFrom?: string;
                            /**
                             * @description The section that redirect leads to (`#REDIRECT [[Title#Section]]`), when it names one
                             * @example Early life
                             */
                            redirectFragment?: string;
                            /**
                             * @description The non-canonical spelling that was asked for
                             * @example russian_revolution_of_1917
                             */
                            normalizedFrom?: string;
                        };
                        redirects: string[];
                    };
                };
            };
            /** @description Not modified: the `If-None-Match` ETag still matches (or, without one, nothing changed since `If-Modified-Since`) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameters (RFC 9457 problem details, with the failing parameters) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (RFC 9457 problem details) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the accepted media types can be produced */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long (over 4096 characters, or a path segment over 2048) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error; details are hidden */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service under pressure; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listArticleLinks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Article title in any spelling MediaWiki normalises to the same title: spaces or underscores, percent-encoding, first-letter case. A redirect title answers with its target.
                 * @example October Revolution
                 */
                title: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The links of an article */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The article asked for, with how the title was resolved */
                        article: {
                            /** @example Russian revolution of 1917 */
                            title: string;
                            /**
                             * @description The title in URL form
                             * @example Russian_revolution_of_1917
                             */
                            slug: string;
                            /**
                             * @description The article resource
                             * @example /v1/articles/Russian_revolution_of_1917
                             */
                            href: string;
                            /**
                             * @description The redirect title that was asked for
                             * @example October Revolution
                             */
                            redirectedFrom?: string;
                            /**
                             * @description The section that redirect leads to (`#REDIRECT [[Title#Section]]`), when it names one
                             * @example Early life
                             */
                            redirectFragment?: string;
                            /**
                             * @description The non-canonical spelling that was asked for
                             * @example russian_revolution_of_1917
                             */
                            normalizedFrom?: string;
                        };
                        links: {
                            /**
                             * @description The hatnote kind (see-also, main, further, about, redirect), or `link` for an internal link
                             * @example see-also
                             */
                            kind: string;
                            /** @example February Revolution */
                            target: string;
                            /** @description Whether the target is an article or redirect here */
                            exists: boolean;
                            /**
                             * @description The target article resource
                             * @example /v1/articles/February_Revolution
                             */
                            href: string;
                            /** @description The section index of the hatnote or link; null in the infobox */
                            section: number | null;
                        }[];
                    };
                };
            };
            /** @description Not modified: the `If-None-Match` ETag still matches (or, without one, nothing changed since `If-Modified-Since`) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameters (RFC 9457 problem details, with the failing parameters) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (RFC 9457 problem details) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the accepted media types can be produced */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long (over 4096 characters, or a path segment over 2048) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error; details are hidden */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service under pressure; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listArticleBacklinks: {
        parameters: {
            query?: {
                /**
                 * @description Items per page (1–100)
                 * @example 20
                 */
                limit?: number;
                /** @description Opaque cursor from `nextCursor` of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Article title in any spelling MediaWiki normalises to the same title: spaces or underscores, percent-encoding, first-letter case. A redirect title answers with its target.
                 * @example October Revolution
                 */
                title: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the articles linking here */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @example Russian revolution of 1917 */
                            title: string;
                            /**
                             * @description The title in URL form
                             * @example Russian_revolution_of_1917
                             */
                            slug: string;
                            /**
                             * @description The article resource
                             * @example /v1/articles/Russian_revolution_of_1917
                             */
                            href: string;
                            /** @description The redirect the link goes through; null when it names the article */
                            via: string | null;
                        }[];
                        /** @description Cursor of the next page; null on the last page */
                        nextCursor: string | null;
                        /** @description Ready URL of the next page; null on the last page */
                        next: string | null;
                    };
                };
            };
            /** @description Not modified: the `If-None-Match` ETag still matches (or, without one, nothing changed since `If-Modified-Since`) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameters (RFC 9457 problem details, with the failing parameters) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (RFC 9457 problem details) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the accepted media types can be produced */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long (over 4096 characters, or a path segment over 2048) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error; details are hidden */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service under pressure; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getArticleSource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Article title in any spelling MediaWiki normalises to the same title: spaces or underscores, percent-encoding, first-letter case. A redirect title answers with its target.
                 * @example October Revolution
                 */
                title: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The source document: `text/plain` for text documents, `text/x-wiki` (the wikitext) for wikitext articles */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                    "text/x-wiki": string;
                };
            };
            /** @description Not modified: the `If-None-Match` ETag still matches (or, without one, nothing changed since `If-Modified-Since`) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameters (RFC 9457 problem details, with the failing parameters) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (RFC 9457 problem details) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the accepted media types can be produced */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long (over 4096 characters, or a path segment over 2048) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error; details are hidden */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service under pressure; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    searchCitations: {
        parameters: {
            query?: {
                /**
                 * @description Words of an author name (case and diacritics ignored; a word matches as a prefix)
                 * @example Prashad
                 */
                author?: string;
                /**
                 * @description Words of the cited title
                 * @example Red Star
                 */
                title?: string;
                /**
                 * @description Words of the publisher, journal or outlet
                 * @example LeftWord
                 */
                publisher?: string;
                /**
                 * @description Exact year
                 * @example 2017
                 */
                year?: number;
                /**
                 * @description Earliest year (inclusive)
                 * @example 1900
                 */
                yearFrom?: number;
                /**
                 * @description Latest year (inclusive)
                 * @example 1950
                 */
                yearTo?: number;
                /**
                 * @description Only citations of this article (any spelling or redirect)
                 * @example October Revolution
                 */
                article?: string;
                /**
                 * @description Words anywhere in the reference text
                 * @example Leninism
                 */
                q?: string;
                /**
                 * @description An ISBN-10 or ISBN-13, with or without hyphens or spaces (checked: a bad check digit is a 400); an ISBN-10 finds its ISBN-13 as well
                 * @example 0-674-51173-5
                 */
                isbn?: string;
                /**
                 * @description A DOI (Crossref's pattern `10.NNNN/…`), bare, with `doi:` or as a doi.org URL; case is ignored (a malformed DOI is a 400)
                 * @example 10.1086/226147
                 */
                doi?: string;
                /**
                 * @description Response format (else chosen by `Accept`): `json`; `csl-json` (`application/vnd.citationstyles.csl+json`); `bibtex` (`application/x-bibtex`); `biblatex` (`application/x-biblatex`); `ris` (`application/x-research-info-systems`); `bibliography`, formatted in `style` and `locale` as plain text (`text/x-bibliography`); `html`, the same as an HTML fragment (`text/html`, only by this parameter)
                 * @example bibtex
                 */
                format?: "json" | "csl-json" | "bibtex" | "biblatex" | "ris" | "bibliography" | "html";
                /**
                 * @description CSL style of `bibliography` and `html` (default `apa`), by its CSL id or a short name (`chicago` for `chicago-author-date`, `harvard` for `harvard-cite-them-right`, `harvard1` for `harvard-cite-them-right`, `mla` for `modern-language-association`); given alone, asks for a bibliography
                 * @example chicago-author-date
                 */
                style?: "apa" | "chicago-author-date" | "harvard-cite-them-right" | "modern-language-association" | "vancouver" | "chicago" | "harvard" | "harvard1" | "mla";
                /**
                 * @description Locale of `bibliography` and `html` (default `en-US`): terms, dates, quotation marks
                 * @example fr-FR
                 */
                locale?: "de-DE" | "en-US" | "es-ES" | "fr-FR" | "nl-NL" | "ru-RU" | "zh-CN";
                /**
                 * @description Items per page (1–100)
                 * @example 20
                 */
                limit?: number;
                /** @description Opaque cursor from `nextCursor` of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of citations, as JSON hits or in a citation format */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * @description The reference number in its article
                             * @example 1
                             */
                            n: number;
                            /**
                             * @description The reference as printed after `N. `, backlink labels included
                             * @example Vijay Prashad (2017). Red Star over the Third World: 'Red October' (p. 30). [PDF] New Delhi: LeftWord Books.
                             */
                            text: string;
                            /** @description Authors as "Given Family" ("Stalin, Joseph" → "Joseph Stalin"); organisations as written. `names` has them as CSL names. */
                            authors: string[];
                            /** @description The authors as CSL names (family, given, particles, suffix; `literal` for an organisation), in the order of `authors`; absent from references stored before names were parsed. Never a title or a site: a reference that names no author has none. */
                            names?: {
                                /** @example Gogh */
                                family?: string;
                                /** @example Vincent */
                                given?: string;
                                /**
                                 * @description A particle kept with the family name when the given name is dropped (`van` Gogh, `al-`Khwarizmi)
                                 * @example van
                                 */
                                "non-dropping-particle"?: string;
                                /**
                                 * @description A particle dropped with the given name (Beethoven, Ludwig `van`)
                                 * @example van
                                 */
                                "dropping-particle"?: string;
                                /** @example Jr. */
                                suffix?: string;
                                /**
                                 * @description An organisation (or a single name) as written, never split
                                 * @example BBC
                                 */
                                literal?: string;
                            }[];
                            /** @description Wikitext citation templates: the editors (`editor-last1`, `editor1`, `veditors`…), as CSL names */
                            editors?: {
                                /** @example Gogh */
                                family?: string;
                                /** @example Vincent */
                                given?: string;
                                /**
                                 * @description A particle kept with the family name when the given name is dropped (`van` Gogh, `al-`Khwarizmi)
                                 * @example van
                                 */
                                "non-dropping-particle"?: string;
                                /**
                                 * @description A particle dropped with the given name (Beethoven, Ludwig `van`)
                                 * @example van
                                 */
                                "dropping-particle"?: string;
                                /** @example Jr. */
                                suffix?: string;
                                /**
                                 * @description An organisation (or a single name) as written, never split
                                 * @example BBC
                                 */
                                literal?: string;
                            }[];
                            /** @description Year of publication, from `(YYYY)` or a full date; null for `n.d.` or none. */
                            year: number | null;
                            /** @description Full publication date (ISO YYYY-MM-DD) when the reference gives one, e.g. `(2018-11-02)`. */
                            date: string | null;
                            /** @description Title of the work: a book title (with any unquoted subtitle) or a quoted article/page title. */
                            title: string | null;
                            /** @description Chapter or part, from a quoted `'Chapter'` after the title. */
                            chapter: string | null;
                            /** @description Edition, e.g. `5th ed.`. */
                            edition: string | null;
                            /** @description Volume number (journals and multi-volume works). */
                            volume: string | null;
                            /** @description Issue number (journals). */
                            issue: string | null;
                            /** @description Pages as written: `p. 30`, `pp. 140–152`, or a bare journal range `45–63`. */
                            pages: string | null;
                            /** @description Place of publication, e.g. `New Delhi`. */
                            place: string | null;
                            /** @description Publisher, or the journal, newspaper or website that published the work. */
                            publisher: string | null;
                            /** @description The first URL visible in the reference (the archive URL if that is the one shown). */
                            url: string | null;
                            /** @description Format from a `[PDF]`/`[HTML]` tag or `(PDF)`; other tags such as `[MIA]` give null. */
                            format: "PDF" | "HTML" | null;
                            /** @description Access date (ISO), from "Retrieved <date>". */
                            retrieved: string | null;
                            /** @description Archive date (ISO), from "Archived from the original on <date>". */
                            archived: string | null;
                            /** @description Shape of the reference: `book` (title, imprint), `journal` (article with volume/issue/pages), `web` (article or page with an outlet), `note` (a pointer such as "See … available in Wikisource" that names no work), `ibid` (same source as the previous reference), `url` (a bare URL), `other` (not recognised). */
                            kind: "book" | "journal" | "web" | "note" | "ibid" | "url" | "other";
                            /** @description Backlink labels of a reference cited several times, e.g. ["2.0", "2.1", "2.2"]. */
                            backlinks: string[];
                            /** @description Standard identifiers of the cited work, from the reference text or the citation template. */
                            identifiers: {
                                /**
                                 * @description ISBNs with a valid check digit, as hyphenated ISBN-13 (an ISBN-10 is converted).
                                 * @example [
                                 *       "978-0-674-51173-6"
                                 *     ]
                                 */
                                isbn: string[];
                                /**
                                 * @description DOI in lower case (DOIs are compared without case), without a `doi:` or doi.org prefix.
                                 * @example 10.1086/226147
                                 */
                                doi: string | null;
                                /**
                                 * @description OCLC (WorldCat) number, without leading zeros.
                                 * @example 123456
                                 */
                                oclc: string | null;
                                archive: {
                                    /**
                                     * @description The archive copy, as cited.
                                     * @example https://web.archive.org/web/20190412083000/https://example.org/page
                                     */
                                    url: string;
                                    /**
                                     * @description The archived URL (from the Wayback URL, or the template's `url`).
                                     * @example https://example.org/page
                                     */
                                    original: string | null;
                                    /**
                                     * @description The date of the snapshot (ISO), from the Wayback timestamp or `archive-date`.
                                     * @example 2019-04-12
                                     */
                                    date: string | null;
                                } | null;
                            };
                            /**
                             * @description Wikitext articles: the `<ref name=…>`, null when unnamed
                             * @example lih
                             */
                            name?: string | null;
                            /**
                             * @description Wikitext articles: the citation template the reference was written with
                             * @example cite book
                             */
                            template?: string;
                            /**
                             * @description Wikitext articles: the group of a note numbered apart (`<ref group="note">`; `{{efn}}` is "lower-alpha"); absent for the references
                             * @example lower-alpha
                             */
                            group?: string;
                            /**
                             * @description Wikitext articles with note groups: the marker as printed (`3` for the references, `a`, `note 1` in their groups); `n` stays unique
                             * @example a
                             */
                            label?: string;
                            /**
                             * @description Wikitext {{sfn}} short footnotes: the `n` of the reference in this article giving the full work it abbreviates (its `sourceId` is the work's as well)
                             * @example 4
                             */
                            fullCitation?: number;
                            /** @description The cited work (`/v1/sources/{id}`); null for notes that name no work */
                            sourceId: number | null;
                            article: {
                                /** @example Russian revolution of 1917 */
                                title: string;
                                /**
                                 * @description The title in URL form
                                 * @example Russian_revolution_of_1917
                                 */
                                slug: string;
                                /**
                                 * @description The article resource
                                 * @example /v1/articles/Russian_revolution_of_1917
                                 */
                                href: string;
                            };
                            /** @description The sections whose text cites it */
                            sections: {
                                /** @description Section index in the article (0 is the lead) */
                                index: number;
                                /** @description Section anchor; null for the lead and untitled sections */
                                anchor: string | null;
                                /** @description Heading; null where the rendering lost it */
                                title: string | null;
                            }[];
                        }[];
                        /** @description Cursor of the next page; null on the last page */
                        nextCursor: string | null;
                        /** @description Ready URL of the next page; null on the last page */
                        next: string | null;
                    };
                    "application/vnd.citationstyles.csl+json": {
                        /**
                         * @description `<article slug>-<reference number>`
                         * @example Russian_revolution_of_1917-1
                         */
                        id: string;
                        /** @description CSL item type: `book`, `chapter` (a chapter given), `article-journal`, `webpage`, or `document` for notes and unrecognised references */
                        type: "book" | "chapter" | "article-journal" | "webpage" | "document";
                        /**
                         * @description The work, or the chapter of a `chapter`
                         * @example Red October
                         */
                        title?: string;
                        /**
                         * @description The book of a chapter, the journal of an article, the site or outlet of a web page
                         * @example Red Star over the Third World
                         */
                        "container-title"?: string;
                        author?: {
                            /** @example Gogh */
                            family?: string;
                            /** @example Vincent */
                            given?: string;
                            /**
                             * @description A particle kept with the family name when the given name is dropped (`van` Gogh, `al-`Khwarizmi)
                             * @example van
                             */
                            "non-dropping-particle"?: string;
                            /**
                             * @description A particle dropped with the given name (Beethoven, Ludwig `van`)
                             * @example van
                             */
                            "dropping-particle"?: string;
                            /** @example Jr. */
                            suffix?: string;
                            /**
                             * @description An organisation (or a single name) as written, never split
                             * @example BBC
                             */
                            literal?: string;
                        }[];
                        editor?: {
                            /** @example Gogh */
                            family?: string;
                            /** @example Vincent */
                            given?: string;
                            /**
                             * @description A particle kept with the family name when the given name is dropped (`van` Gogh, `al-`Khwarizmi)
                             * @example van
                             */
                            "non-dropping-particle"?: string;
                            /**
                             * @description A particle dropped with the given name (Beethoven, Ludwig `van`)
                             * @example van
                             */
                            "dropping-particle"?: string;
                            /** @example Jr. */
                            suffix?: string;
                            /**
                             * @description An organisation (or a single name) as written, never split
                             * @example BBC
                             */
                            literal?: string;
                        }[];
                        /** @description A CSL date */
                        issued?: {
                            /**
                             * @description [[year, month, day]], month and day when known
                             * @example [
                             *       [
                             *         2017
                             *       ]
                             *     ]
                             */
                            "date-parts": number[][];
                        };
                        /** @description A CSL date */
                        accessed?: {
                            /**
                             * @description [[year, month, day]], month and day when known
                             * @example [
                             *       [
                             *         2017
                             *       ]
                             *     ]
                             */
                            "date-parts": number[][];
                        };
                        /** @example LeftWord Books */
                        publisher?: string;
                        /** @example New Delhi */
                        "publisher-place"?: string;
                        /** @example 30 */
                        page?: string;
                        volume?: string;
                        issue?: string;
                        edition?: string;
                        /**
                         * @description The format tag of the reference
                         * @example PDF
                         */
                        medium?: string;
                        URL?: string;
                        /**
                         * @description The first ISBN, as hyphenated ISBN-13
                         * @example 978-0-674-51173-6
                         */
                        ISBN?: string;
                        /**
                         * @description The DOI (lower case)
                         * @example 10.1086/226147
                         */
                        DOI?: string;
                        /** @description The reference text, for a reference that names no title (notes, Ibid.) */
                        note?: string;
                    }[];
                    /**
                     * @example @book{Russian_revolution_of_1917-1,
                     *     	address = {New Delhi},
                     *     	author = {Prashad, Vijay},
                     *     	year = {2017},
                     *     	pages = {30},
                     *     	publisher = {LeftWord Books},
                     *     	title = {Red {Star} over the {Third} {World}},
                     *     }
                     */
                    "application/x-bibtex": string;
                    /**
                     * @example @book{Russian_revolution_of_1917-1,
                     *     	author = {Prashad, Vijay},
                     *     	date = {2017},
                     *     	pages = {30},
                     *     	location = {New Delhi},
                     *     	publisher = {LeftWord Books},
                     *     	title = {Red {Star} over the {Third} {World}},
                     *     }
                     */
                    "application/x-biblatex": string;
                    /**
                     * @example TY  - BOOK
                     *     AU  - Prashad, Vijay
                     *     CY  - New Delhi
                     *     DA  - 2017///
                     *     PY  - 2017
                     *     ID  - Russian_revolution_of_1917-1
                     *     PB  - LeftWord Books
                     *     SE  - 30
                     *     TI  - Red Star over the Third World
                     *     ER  -
                     */
                    "application/x-research-info-systems": string;
                    /** @example Prashad, V. (2017). Red Star over the Third World (p. 30) [PDF]. LeftWord Books. */
                    "text/x-bibliography": string;
                    /**
                     * @example <div class="csl-bib-body">
                     *       <div data-csl-entry-id="Russian_revolution_of_1917-1" class="csl-entry">Prashad, V. (2017). <i>Red Star over the Third World</i> (p. 30) [PDF]. LeftWord Books.</div>
                     *     </div>
                     */
                    "text/html": string;
                };
            };
            /** @description Not modified: the `If-None-Match` ETag still matches (or, without one, nothing changed since `If-Modified-Since`) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameters (RFC 9457 problem details, with the failing parameters) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (RFC 9457 problem details) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the accepted media types can be produced */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long (over 4096 characters, or a path segment over 2048) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error; details are hidden */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service under pressure; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSources: {
        parameters: {
            query?: {
                /**
                 * @description Words of an author name in a reference to the work (case and diacritics ignored; a word matches as a prefix)
                 * @example Prashad
                 */
                author?: string;
                /**
                 * @description Words of the title
                 * @example Red Star
                 */
                title?: string;
                /**
                 * @description Words anywhere in a reference to the work
                 * @example LeftWord
                 */
                q?: string;
                /**
                 * @description An ISBN-10 or ISBN-13, with or without hyphens or spaces (checked: a bad check digit is a 400); an ISBN-10 finds its ISBN-13 as well
                 * @example 0-674-51173-5
                 */
                isbn?: string;
                /**
                 * @description A DOI (Crossref's pattern `10.NNNN/…`), bare, with `doi:` or as a doi.org URL; case is ignored (a malformed DOI is a 400)
                 * @example 10.1086/226147
                 */
                doi?: string;
                /**
                 * @description Response format (else chosen by `Accept`): `json`; `csl-json` (`application/vnd.citationstyles.csl+json`); `bibtex` (`application/x-bibtex`); `biblatex` (`application/x-biblatex`); `ris` (`application/x-research-info-systems`); `bibliography`, formatted in `style` and `locale` as plain text (`text/x-bibliography`); `html`, the same as an HTML fragment (`text/html`, only by this parameter)
                 * @example bibtex
                 */
                format?: "json" | "csl-json" | "bibtex" | "biblatex" | "ris" | "bibliography" | "html";
                /**
                 * @description CSL style of `bibliography` and `html` (default `apa`), by its CSL id or a short name (`chicago` for `chicago-author-date`, `harvard` for `harvard-cite-them-right`, `harvard1` for `harvard-cite-them-right`, `mla` for `modern-language-association`); given alone, asks for a bibliography
                 * @example chicago-author-date
                 */
                style?: "apa" | "chicago-author-date" | "harvard-cite-them-right" | "modern-language-association" | "vancouver" | "chicago" | "harvard" | "harvard1" | "mla";
                /**
                 * @description Locale of `bibliography` and `html` (default `en-US`): terms, dates, quotation marks
                 * @example fr-FR
                 */
                locale?: "de-DE" | "en-US" | "es-ES" | "fr-FR" | "nl-NL" | "ru-RU" | "zh-CN";
                /**
                 * @description Items per page (1–100)
                 * @example 20
                 */
                limit?: number;
                /** @description Opaque cursor from `nextCursor` of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of cited works, as JSON or in a citation format */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * @description The source id
                             * @example 1
                             */
                            id: number;
                            /** @description Title of the work; null for a bare URL */
                            title: string | null;
                            /**
                             * @description Authors as "Given Family"; corporate authors as written
                             * @example [
                             *       "Vijay Prashad"
                             *     ]
                             */
                            authors: string[];
                            /** @description Year of publication */
                            year: number | null;
                            /** @description Publisher, journal, newspaper or website */
                            publisher: string | null;
                            /** @description Place of publication */
                            place: string | null;
                            /** @description URL of the work */
                            url: string | null;
                            /**
                             * @description Shape of the reference: book, journal, web, url, other
                             * @example book
                             */
                            kind: string;
                            /** @description The identifiers of the work: those of all its references (the first DOI and OCLC number if they give several) */
                            identifiers: {
                                /**
                                 * @description ISBNs with a valid check digit, as hyphenated ISBN-13 (an ISBN-10 is converted).
                                 * @example [
                                 *       "978-0-674-51173-6"
                                 *     ]
                                 */
                                isbn: string[];
                                /**
                                 * @description DOI in lower case (DOIs are compared without case), without a `doi:` or doi.org prefix.
                                 * @example 10.1086/226147
                                 */
                                doi: string | null;
                                /**
                                 * @description OCLC (WorldCat) number, without leading zeros.
                                 * @example 123456
                                 */
                                oclc: string | null;
                            };
                            /**
                             * @description References citing it, across all articles (Ibid. references included)
                             * @example 1
                             */
                            citationCount: number;
                            /**
                             * @description Articles citing it
                             * @example 1
                             */
                            articleCount: number;
                            /**
                             * @description The source resource
                             * @example /v1/sources/1
                             */
                            href: string;
                        }[];
                        /** @description Cursor of the next page; null on the last page */
                        nextCursor: string | null;
                        /** @description Ready URL of the next page; null on the last page */
                        next: string | null;
                    };
                    "application/vnd.citationstyles.csl+json": {
                        /**
                         * @description `<article slug>-<reference number>`
                         * @example Russian_revolution_of_1917-1
                         */
                        id: string;
                        /** @description CSL item type: `book`, `chapter` (a chapter given), `article-journal`, `webpage`, or `document` for notes and unrecognised references */
                        type: "book" | "chapter" | "article-journal" | "webpage" | "document";
                        /**
                         * @description The work, or the chapter of a `chapter`
                         * @example Red October
                         */
                        title?: string;
                        /**
                         * @description The book of a chapter, the journal of an article, the site or outlet of a web page
                         * @example Red Star over the Third World
                         */
                        "container-title"?: string;
                        author?: {
                            /** @example Gogh */
                            family?: string;
                            /** @example Vincent */
                            given?: string;
                            /**
                             * @description A particle kept with the family name when the given name is dropped (`van` Gogh, `al-`Khwarizmi)
                             * @example van
                             */
                            "non-dropping-particle"?: string;
                            /**
                             * @description A particle dropped with the given name (Beethoven, Ludwig `van`)
                             * @example van
                             */
                            "dropping-particle"?: string;
                            /** @example Jr. */
                            suffix?: string;
                            /**
                             * @description An organisation (or a single name) as written, never split
                             * @example BBC
                             */
                            literal?: string;
                        }[];
                        editor?: {
                            /** @example Gogh */
                            family?: string;
                            /** @example Vincent */
                            given?: string;
                            /**
                             * @description A particle kept with the family name when the given name is dropped (`van` Gogh, `al-`Khwarizmi)
                             * @example van
                             */
                            "non-dropping-particle"?: string;
                            /**
                             * @description A particle dropped with the given name (Beethoven, Ludwig `van`)
                             * @example van
                             */
                            "dropping-particle"?: string;
                            /** @example Jr. */
                            suffix?: string;
                            /**
                             * @description An organisation (or a single name) as written, never split
                             * @example BBC
                             */
                            literal?: string;
                        }[];
                        /** @description A CSL date */
                        issued?: {
                            /**
                             * @description [[year, month, day]], month and day when known
                             * @example [
                             *       [
                             *         2017
                             *       ]
                             *     ]
                             */
                            "date-parts": number[][];
                        };
                        /** @description A CSL date */
                        accessed?: {
                            /**
                             * @description [[year, month, day]], month and day when known
                             * @example [
                             *       [
                             *         2017
                             *       ]
                             *     ]
                             */
                            "date-parts": number[][];
                        };
                        /** @example LeftWord Books */
                        publisher?: string;
                        /** @example New Delhi */
                        "publisher-place"?: string;
                        /** @example 30 */
                        page?: string;
                        volume?: string;
                        issue?: string;
                        edition?: string;
                        /**
                         * @description The format tag of the reference
                         * @example PDF
                         */
                        medium?: string;
                        URL?: string;
                        /**
                         * @description The first ISBN, as hyphenated ISBN-13
                         * @example 978-0-674-51173-6
                         */
                        ISBN?: string;
                        /**
                         * @description The DOI (lower case)
                         * @example 10.1086/226147
                         */
                        DOI?: string;
                        /** @description The reference text, for a reference that names no title (notes, Ibid.) */
                        note?: string;
                    }[];
                    /**
                     * @example @book{Russian_revolution_of_1917-1,
                     *     	address = {New Delhi},
                     *     	author = {Prashad, Vijay},
                     *     	year = {2017},
                     *     	pages = {30},
                     *     	publisher = {LeftWord Books},
                     *     	title = {Red {Star} over the {Third} {World}},
                     *     }
                     */
                    "application/x-bibtex": string;
                    /**
                     * @example @book{Russian_revolution_of_1917-1,
                     *     	author = {Prashad, Vijay},
                     *     	date = {2017},
                     *     	pages = {30},
                     *     	location = {New Delhi},
                     *     	publisher = {LeftWord Books},
                     *     	title = {Red {Star} over the {Third} {World}},
                     *     }
                     */
                    "application/x-biblatex": string;
                    /**
                     * @example TY  - BOOK
                     *     AU  - Prashad, Vijay
                     *     CY  - New Delhi
                     *     DA  - 2017///
                     *     PY  - 2017
                     *     ID  - Russian_revolution_of_1917-1
                     *     PB  - LeftWord Books
                     *     SE  - 30
                     *     TI  - Red Star over the Third World
                     *     ER  -
                     */
                    "application/x-research-info-systems": string;
                    /** @example Prashad, V. (2017). Red Star over the Third World (p. 30) [PDF]. LeftWord Books. */
                    "text/x-bibliography": string;
                    /**
                     * @example <div class="csl-bib-body">
                     *       <div data-csl-entry-id="Russian_revolution_of_1917-1" class="csl-entry">Prashad, V. (2017). <i>Red Star over the Third World</i> (p. 30) [PDF]. LeftWord Books.</div>
                     *     </div>
                     */
                    "text/html": string;
                };
            };
            /** @description Not modified: the `If-None-Match` ETag still matches (or, without one, nothing changed since `If-Modified-Since`) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameters (RFC 9457 problem details, with the failing parameters) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (RFC 9457 problem details) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the accepted media types can be produced */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long (over 4096 characters, or a path segment over 2048) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error; details are hidden */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service under pressure; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSource: {
        parameters: {
            query?: {
                /**
                 * @description Response format (else chosen by `Accept`): `json`; `csl-json` (`application/vnd.citationstyles.csl+json`); `bibtex` (`application/x-bibtex`); `biblatex` (`application/x-biblatex`); `ris` (`application/x-research-info-systems`); `bibliography`, formatted in `style` and `locale` as plain text (`text/x-bibliography`); `html`, the same as an HTML fragment (`text/html`, only by this parameter)
                 * @example bibtex
                 */
                format?: "json" | "csl-json" | "bibtex" | "biblatex" | "ris" | "bibliography" | "html";
                /**
                 * @description CSL style of `bibliography` and `html` (default `apa`), by its CSL id or a short name (`chicago` for `chicago-author-date`, `harvard` for `harvard-cite-them-right`, `harvard1` for `harvard-cite-them-right`, `mla` for `modern-language-association`); given alone, asks for a bibliography
                 * @example chicago-author-date
                 */
                style?: "apa" | "chicago-author-date" | "harvard-cite-them-right" | "modern-language-association" | "vancouver" | "chicago" | "harvard" | "harvard1" | "mla";
                /**
                 * @description Locale of `bibliography` and `html` (default `en-US`): terms, dates, quotation marks
                 * @example fr-FR
                 */
                locale?: "de-DE" | "en-US" | "es-ES" | "fr-FR" | "nl-NL" | "ru-RU" | "zh-CN";
                /**
                 * @description Items per page (1–100)
                 * @example 20
                 */
                limit?: number;
                /** @description Opaque cursor from `nextCursor` of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The source id (`id` of a source, `sourceId` of a citation)
                 * @example 1
                 */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A cited work, as JSON with the articles citing it, or in a citation format */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description The source id
                         * @example 1
                         */
                        id: number;
                        /** @description Title of the work; null for a bare URL */
                        title: string | null;
                        /**
                         * @description Authors as "Given Family"; corporate authors as written
                         * @example [
                         *       "Vijay Prashad"
                         *     ]
                         */
                        authors: string[];
                        /** @description Year of publication */
                        year: number | null;
                        /** @description Publisher, journal, newspaper or website */
                        publisher: string | null;
                        /** @description Place of publication */
                        place: string | null;
                        /** @description URL of the work */
                        url: string | null;
                        /**
                         * @description Shape of the reference: book, journal, web, url, other
                         * @example book
                         */
                        kind: string;
                        /** @description The identifiers of the work: those of all its references (the first DOI and OCLC number if they give several) */
                        identifiers: {
                            /**
                             * @description ISBNs with a valid check digit, as hyphenated ISBN-13 (an ISBN-10 is converted).
                             * @example [
                             *       "978-0-674-51173-6"
                             *     ]
                             */
                            isbn: string[];
                            /**
                             * @description DOI in lower case (DOIs are compared without case), without a `doi:` or doi.org prefix.
                             * @example 10.1086/226147
                             */
                            doi: string | null;
                            /**
                             * @description OCLC (WorldCat) number, without leading zeros.
                             * @example 123456
                             */
                            oclc: string | null;
                        };
                        /**
                         * @description References citing it, across all articles (Ibid. references included)
                         * @example 1
                         */
                        citationCount: number;
                        /**
                         * @description Articles citing it
                         * @example 1
                         */
                        articleCount: number;
                        /**
                         * @description The source resource
                         * @example /v1/sources/1
                         */
                        href: string;
                        /** @description A page of the articles citing the work, in title order (`articleCount` in all) */
                        articles: {
                            /** @example Russian revolution of 1917 */
                            title: string;
                            /**
                             * @description The title in URL form
                             * @example Russian_revolution_of_1917
                             */
                            slug: string;
                            /**
                             * @description The article resource
                             * @example /v1/articles/Russian_revolution_of_1917
                             */
                            href: string;
                            /** @description The references of the article citing the work */
                            citations: {
                                /**
                                 * @description The reference number in the article
                                 * @example 1
                                 */
                                n: number;
                                /** @description The reference as printed */
                                text: string;
                            }[];
                            /** @description The sections whose text cites one of these references */
                            sections: {
                                /** @description Section index in the article (0 is the lead) */
                                index: number;
                                /** @description Section anchor; null for the lead and untitled sections */
                                anchor: string | null;
                                /** @description Heading; null where the rendering lost it */
                                title: string | null;
                            }[];
                        }[];
                        /** @description Cursor of the next page of `articles`; null on the last page */
                        nextCursor: string | null;
                        /** @description Ready URL of the next page of `articles`; null on the last page */
                        next: string | null;
                    };
                    "application/vnd.citationstyles.csl+json": {
                        /**
                         * @description `<article slug>-<reference number>`
                         * @example Russian_revolution_of_1917-1
                         */
                        id: string;
                        /** @description CSL item type: `book`, `chapter` (a chapter given), `article-journal`, `webpage`, or `document` for notes and unrecognised references */
                        type: "book" | "chapter" | "article-journal" | "webpage" | "document";
                        /**
                         * @description The work, or the chapter of a `chapter`
                         * @example Red October
                         */
                        title?: string;
                        /**
                         * @description The book of a chapter, the journal of an article, the site or outlet of a web page
                         * @example Red Star over the Third World
                         */
                        "container-title"?: string;
                        author?: {
                            /** @example Gogh */
                            family?: string;
                            /** @example Vincent */
                            given?: string;
                            /**
                             * @description A particle kept with the family name when the given name is dropped (`van` Gogh, `al-`Khwarizmi)
                             * @example van
                             */
                            "non-dropping-particle"?: string;
                            /**
                             * @description A particle dropped with the given name (Beethoven, Ludwig `van`)
                             * @example van
                             */
                            "dropping-particle"?: string;
                            /** @example Jr. */
                            suffix?: string;
                            /**
                             * @description An organisation (or a single name) as written, never split
                             * @example BBC
                             */
                            literal?: string;
                        }[];
                        editor?: {
                            /** @example Gogh */
                            family?: string;
                            /** @example Vincent */
                            given?: string;
                            /**
                             * @description A particle kept with the family name when the given name is dropped (`van` Gogh, `al-`Khwarizmi)
                             * @example van
                             */
                            "non-dropping-particle"?: string;
                            /**
                             * @description A particle dropped with the given name (Beethoven, Ludwig `van`)
                             * @example van
                             */
                            "dropping-particle"?: string;
                            /** @example Jr. */
                            suffix?: string;
                            /**
                             * @description An organisation (or a single name) as written, never split
                             * @example BBC
                             */
                            literal?: string;
                        }[];
                        /** @description A CSL date */
                        issued?: {
                            /**
                             * @description [[year, month, day]], month and day when known
                             * @example [
                             *       [
                             *         2017
                             *       ]
                             *     ]
                             */
                            "date-parts": number[][];
                        };
                        /** @description A CSL date */
                        accessed?: {
                            /**
                             * @description [[year, month, day]], month and day when known
                             * @example [
                             *       [
                             *         2017
                             *       ]
                             *     ]
                             */
                            "date-parts": number[][];
                        };
                        /** @example LeftWord Books */
                        publisher?: string;
                        /** @example New Delhi */
                        "publisher-place"?: string;
                        /** @example 30 */
                        page?: string;
                        volume?: string;
                        issue?: string;
                        edition?: string;
                        /**
                         * @description The format tag of the reference
                         * @example PDF
                         */
                        medium?: string;
                        URL?: string;
                        /**
                         * @description The first ISBN, as hyphenated ISBN-13
                         * @example 978-0-674-51173-6
                         */
                        ISBN?: string;
                        /**
                         * @description The DOI (lower case)
                         * @example 10.1086/226147
                         */
                        DOI?: string;
                        /** @description The reference text, for a reference that names no title (notes, Ibid.) */
                        note?: string;
                    }[];
                    /**
                     * @example @book{Russian_revolution_of_1917-1,
                     *     	address = {New Delhi},
                     *     	author = {Prashad, Vijay},
                     *     	year = {2017},
                     *     	pages = {30},
                     *     	publisher = {LeftWord Books},
                     *     	title = {Red {Star} over the {Third} {World}},
                     *     }
                     */
                    "application/x-bibtex": string;
                    /**
                     * @example @book{Russian_revolution_of_1917-1,
                     *     	author = {Prashad, Vijay},
                     *     	date = {2017},
                     *     	pages = {30},
                     *     	location = {New Delhi},
                     *     	publisher = {LeftWord Books},
                     *     	title = {Red {Star} over the {Third} {World}},
                     *     }
                     */
                    "application/x-biblatex": string;
                    /**
                     * @example TY  - BOOK
                     *     AU  - Prashad, Vijay
                     *     CY  - New Delhi
                     *     DA  - 2017///
                     *     PY  - 2017
                     *     ID  - Russian_revolution_of_1917-1
                     *     PB  - LeftWord Books
                     *     SE  - 30
                     *     TI  - Red Star over the Third World
                     *     ER  -
                     */
                    "application/x-research-info-systems": string;
                    /** @example Prashad, V. (2017). Red Star over the Third World (p. 30) [PDF]. LeftWord Books. */
                    "text/x-bibliography": string;
                    /**
                     * @example <div class="csl-bib-body">
                     *       <div data-csl-entry-id="Russian_revolution_of_1917-1" class="csl-entry">Prashad, V. (2017). <i>Red Star over the Third World</i> (p. 30) [PDF]. LeftWord Books.</div>
                     *     </div>
                     */
                    "text/html": string;
                };
            };
            /** @description Not modified: the `If-None-Match` ETag still matches (or, without one, nothing changed since `If-Modified-Since`) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameters (RFC 9457 problem details, with the failing parameters) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (RFC 9457 problem details) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the accepted media types can be produced */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long (over 4096 characters, or a path segment over 2048) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error; details are hidden */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service under pressure; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRedirects: {
        parameters: {
            query?: {
                /**
                 * @description Items per page (1–100)
                 * @example 20
                 */
                limit?: number;
                /** @description Opaque cursor from `nextCursor` of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of redirects, in title order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * @description The redirect title
                             * @example October Revolution
                             */
                            from: string;
                            /**
                             * @description The title of the target article
                             * @example Russian revolution of 1917
                             */
                            to: string;
                            /**
                             * @description The section of the target the redirect leads to (`#REDIRECT [[Title#Section]]`); null when it names none
                             * @example null
                             */
                            fragment: string | null;
                            /**
                             * @description The target article resource
                             * @example /v1/articles/Russian_revolution_of_1917
                             */
                            href: string;
                        }[];
                        /** @description Cursor of the next page; null on the last page */
                        nextCursor: string | null;
                        /** @description Ready URL of the next page; null on the last page */
                        next: string | null;
                    };
                };
            };
            /** @description Not modified: the `If-None-Match` ETag still matches (or, without one, nothing changed since `If-Modified-Since`) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameters (RFC 9457 problem details, with the failing parameters) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (RFC 9457 problem details) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the accepted media types can be produced */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long (over 4096 characters, or a path segment over 2048) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error; details are hidden */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service under pressure; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRedirect: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The redirect title in any spelling MediaWiki normalises to the same title: spaces or underscores, first-letter case
                 * @example October Revolution
                 */
                title: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A redirect from an alternative title to an article */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description The redirect title
                         * @example October Revolution
                         */
                        from: string;
                        /**
                         * @description The title of the target article
                         * @example Russian revolution of 1917
                         */
                        to: string;
                        /**
                         * @description The section of the target the redirect leads to (`#REDIRECT [[Title#Section]]`); null when it names none
                         * @example null
                         */
                        fragment: string | null;
                        /**
                         * @description The target article resource
                         * @example /v1/articles/Russian_revolution_of_1917
                         */
                        href: string;
                    };
                };
            };
            /** @description Not modified: the `If-None-Match` ETag still matches (or, without one, nothing changed since `If-Modified-Since`) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameters (RFC 9457 problem details, with the failing parameters) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (RFC 9457 problem details) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the accepted media types can be produced */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long (over 4096 characters, or a path segment over 2048) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error; details are hidden */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service under pressure; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCategories: {
        parameters: {
            query?: {
                /**
                 * @description Items per page (1–100)
                 * @example 20
                 */
                limit?: number;
                /** @description Opaque cursor from `nextCursor` of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of categories, in name order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @example Revolutionaries */
                            name: string;
                            /**
                             * @description How many articles are in it
                             * @example 12
                             */
                            articles: number;
                            /**
                             * @description The category resource
                             * @example /v1/categories/Revolutionaries
                             */
                            href: string;
                        }[];
                        /** @description Cursor of the next page; null on the last page */
                        nextCursor: string | null;
                        /** @description Ready URL of the next page; null on the last page */
                        next: string | null;
                    };
                };
            };
            /** @description Not modified: the `If-None-Match` ETag still matches (or, without one, nothing changed since `If-Modified-Since`) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameters (RFC 9457 problem details, with the failing parameters) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (RFC 9457 problem details) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the accepted media types can be produced */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long (over 4096 characters, or a path segment over 2048) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error; details are hidden */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service under pressure; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCategory: {
        parameters: {
            query?: {
                /**
                 * @description Items per page (1–100)
                 * @example 20
                 */
                limit?: number;
                /** @description Opaque cursor from `nextCursor` of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The category name, with or without `Category:`, spaces or underscores, first-letter case
                 * @example Revolutionaries
                 */
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A category with a page of its members */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example Revolutionaries */
                        name: string;
                        /**
                         * @description How many articles are in it
                         * @example 12
                         */
                        articles: number;
                        /**
                         * @description The category resource
                         * @example /v1/categories/Revolutionaries
                         */
                        href: string;
                        /** @description A page of members, by sort key */
                        items: {
                            /** @example Russian revolution of 1917 */
                            title: string;
                            /**
                             * @description The title in URL form
                             * @example Russian_revolution_of_1917
                             */
                            slug: string;
                            /**
                             * @description The article resource
                             * @example /v1/articles/Russian_revolution_of_1917
                             */
                            href: string;
                            /** @description The sort key the article gives, null when none (then its DEFAULTSORT or title) */
                            sortKey: string | null;
                        }[];
                        /** @description Cursor of the next page of members; null on the last page */
                        nextCursor: string | null;
                        /** @description Ready URL of the next page of members; null on the last page */
                        next: string | null;
                    };
                };
            };
            /** @description Not modified: the `If-None-Match` ETag still matches (or, without one, nothing changed since `If-Modified-Since`) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameters (RFC 9457 problem details, with the failing parameters) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (RFC 9457 problem details) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the accepted media types can be produced */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long (over 4096 characters, or a path segment over 2048) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error; details are hidden */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service under pressure; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTemplates: {
        parameters: {
            query?: {
                /**
                 * @description Items per page (1–100)
                 * @example 20
                 */
                limit?: number;
                /** @description Opaque cursor from `nextCursor` of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of templates, in name order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * @description Normalised as titles are, without `Template:`
                             * @example Infobox country
                             */
                            name: string;
                            /**
                             * @description How many articles transclude it
                             * @example 195
                             */
                            articles: number;
                            /** @description A citation template: its parameters are read into citations (`/v1/citations`), not kept as template parameters */
                            citation: boolean;
                            /**
                             * @description The template resource
                             * @example /v1/templates/Infobox_country
                             */
                            href: string;
                        }[];
                        /** @description Cursor of the next page; null on the last page */
                        nextCursor: string | null;
                        /** @description Ready URL of the next page; null on the last page */
                        next: string | null;
                    };
                };
            };
            /** @description Not modified: the `If-None-Match` ETag still matches (or, without one, nothing changed since `If-Modified-Since`) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameters (RFC 9457 problem details, with the failing parameters) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (RFC 9457 problem details) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the accepted media types can be produced */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long (over 4096 characters, or a path segment over 2048) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error; details are hidden */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service under pressure; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTemplate: {
        parameters: {
            query?: {
                /**
                 * @description With `value`: only the articles where a use passes this parameter (its name as written: case counts) that value; with `min`, `max`, `before`, `after` or `order=param`: the parameter whose typed value is compared
                 * @example capital
                 */
                param?: string;
                /**
                 * @description With `param`: the parameter's displayed value, whole; case, diacritics and runs of spaces are ignored
                 * @example Havana
                 */
                value?: string;
                /** @description With `param`: the least typed value, inclusive: a number (`1000000`), a quantity with its unit as a UCUM or ISO 4217 code or as written (`100km2`, `100 sq mi`, `5e8USD`), compared in the dimension's base unit; or a date (`1900-01-01`) */
                min?: string;
                /** @description With `param`: the greatest typed value, inclusive, written as `min` is */
                max?: string;
                /**
                 * @description With `param`: only typed dates (or ranges starting) before this ISO date (`1920-01-01`, `1920`, `-0043`)
                 * @example 1920-01-01
                 */
                before?: string;
                /**
                 * @description With `param`: only typed dates (or ranges starting) after this ISO date
                 * @example 1800-12-31
                 */
                after?: string;
                /** @description `param`: the uses in the order of `param`'s typed value (a range is always in that order), keyset-paginated */
                order?: "param";
                /**
                 * @description Items per page (1–100)
                 * @example 20
                 */
                limit?: number;
                /** @description Opaque cursor from `nextCursor` of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The template name, with or without `Template:`, spaces or underscores, first-letter case
                 * @example Infobox country
                 */
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A template with a page of the articles using it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Normalised as titles are, without `Template:`
                         * @example Infobox country
                         */
                        name: string;
                        /**
                         * @description How many articles transclude it
                         * @example 195
                         */
                        articles: number;
                        /** @description A citation template: its parameters are read into citations (`/v1/citations`), not kept as template parameters */
                        citation: boolean;
                        /**
                         * @description The template resource
                         * @example /v1/templates/Infobox_country
                         */
                        href: string;
                        /** @description A page of the articles using it, in article id order (the order of import); by a typed value: one item a matching use, in the value's order */
                        items: {
                            /** @example Russian revolution of 1917 */
                            title: string;
                            /**
                             * @description The title in URL form
                             * @example Russian_revolution_of_1917
                             */
                            slug: string;
                            /**
                             * @description The article resource
                             * @example /v1/articles/Russian_revolution_of_1917
                             */
                            href: string;
                            /** @description How many times the article transcludes the template */
                            count: number;
                            /** @description The uses, in page order, up to 20 (with `param` and `value`: the matching ones); empty for a citation template */
                            uses: {
                                /**
                                 * @description Each parameter passed (named, or positional as `1`, `2`…) with its displayed value on one line; null when the value is too long to keep (over 500 characters) or made by a template this service does not display (`{{convert|…}}`). Empty values are left out.
                                 * @example {
                                 *       "conventional_long_name": "Republic of Cuba",
                                 *       "capital": "Havana"
                                 *     }
                                 */
                                parameters: {
                                    [key: string]: string | null;
                                };
                                /**
                                 * @description Infobox templates: the typed value of each parameter that has one (as an infobox field's `value`)
                                 * @example {
                                 *       "population_total": {
                                 *         "type": "number",
                                 *         "number": 11089511
                                 *       },
                                 *       "area_km2": {
                                 *         "type": "number",
                                 *         "number": 109884
                                 *       }
                                 *     }
                                 */
                                values?: {
                                    [key: string]: {
                                        /** @enum {string} */
                                        type: "number";
                                        number: number;
                                    } | {
                                        /** @enum {string} */
                                        type: "quantity";
                                        /** @description In the unit written */
                                        number: number;
                                        /**
                                         * @description UCUM code, or ISO 4217 for a currency
                                         * @example km2
                                         * @example [mi_i]2
                                         * @example USD
                                         */
                                        unit: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "date";
                                        /**
                                         * @description ISO 8601 with astronomical years (1 BC is 0000, 44 BC is -0043): YYYY-MM-DD, YYYY-MM or YYYY as precise as the source
                                         * @example 1917-11-07
                                         * @example -0043-03-15
                                         * @example 1920
                                         */
                                        date: string;
                                        /** @description How much of the date the source gives; decade and century dates are their first year */
                                        precision: "day" | "month" | "year" | "decade" | "century";
                                        /** @description `c. 1850`, `fl. 1200s` */
                                        qualifier?: "circa" | "floruit";
                                    } | {
                                        /** @enum {string} */
                                        type: "daterange";
                                        from: {
                                            /**
                                             * @description ISO 8601 with astronomical years (1 BC is 0000, 44 BC is -0043): YYYY-MM-DD, YYYY-MM or YYYY as precise as the source
                                             * @example 1917-11-07
                                             * @example -0043-03-15
                                             * @example 1920
                                             */
                                            date: string;
                                            /** @description How much of the date the source gives; decade and century dates are their first year */
                                            precision: "day" | "month" | "year" | "decade" | "century";
                                        };
                                        /** @description null: to the present */
                                        to: {
                                            /**
                                             * @description ISO 8601 with astronomical years (1 BC is 0000, 44 BC is -0043): YYYY-MM-DD, YYYY-MM or YYYY as precise as the source
                                             * @example 1917-11-07
                                             * @example -0043-03-15
                                             * @example 1920
                                             */
                                            date: string;
                                            /** @description How much of the date the source gives; decade and century dates are their first year */
                                            precision: "day" | "month" | "year" | "decade" | "century";
                                        } | null;
                                    } | {
                                        /** @enum {string} */
                                        type: "boolean";
                                        boolean: boolean;
                                    } | {
                                        /** @enum {string} */
                                        type: "url";
                                        /** Format: uri */
                                        url: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "coordinates";
                                        lat: number;
                                        lon: number;
                                    } | {
                                        /** @enum {string} */
                                        type: "list";
                                        items: ({
                                            /** @enum {string} */
                                            type: "number";
                                            number: number;
                                        } | {
                                            /** @enum {string} */
                                            type: "quantity";
                                            /** @description In the unit written */
                                            number: number;
                                            /**
                                             * @description UCUM code, or ISO 4217 for a currency
                                             * @example km2
                                             * @example [mi_i]2
                                             * @example USD
                                             */
                                            unit: string;
                                        } | {
                                            /** @enum {string} */
                                            type: "date";
                                            /**
                                             * @description ISO 8601 with astronomical years (1 BC is 0000, 44 BC is -0043): YYYY-MM-DD, YYYY-MM or YYYY as precise as the source
                                             * @example 1917-11-07
                                             * @example -0043-03-15
                                             * @example 1920
                                             */
                                            date: string;
                                            /** @description How much of the date the source gives; decade and century dates are their first year */
                                            precision: "day" | "month" | "year" | "decade" | "century";
                                            /** @description `c. 1850`, `fl. 1200s` */
                                            qualifier?: "circa" | "floruit";
                                        } | {
                                            /** @enum {string} */
                                            type: "daterange";
                                            from: {
                                                /**
                                                 * @description ISO 8601 with astronomical years (1 BC is 0000, 44 BC is -0043): YYYY-MM-DD, YYYY-MM or YYYY as precise as the source
                                                 * @example 1917-11-07
                                                 * @example -0043-03-15
                                                 * @example 1920
                                                 */
                                                date: string;
                                                /** @description How much of the date the source gives; decade and century dates are their first year */
                                                precision: "day" | "month" | "year" | "decade" | "century";
                                            };
                                            /** @description null: to the present */
                                            to: {
                                                /**
                                                 * @description ISO 8601 with astronomical years (1 BC is 0000, 44 BC is -0043): YYYY-MM-DD, YYYY-MM or YYYY as precise as the source
                                                 * @example 1917-11-07
                                                 * @example -0043-03-15
                                                 * @example 1920
                                                 */
                                                date: string;
                                                /** @description How much of the date the source gives; decade and century dates are their first year */
                                                precision: "day" | "month" | "year" | "decade" | "century";
                                            } | null;
                                        } | {
                                            /** @enum {string} */
                                            type: "boolean";
                                            boolean: boolean;
                                        } | {
                                            /** @enum {string} */
                                            type: "url";
                                            /** Format: uri */
                                            url: string;
                                        } | {
                                            /** @enum {string} */
                                            type: "coordinates";
                                            lat: number;
                                            lon: number;
                                        })[];
                                    };
                                };
                            }[];
                        }[];
                        /** @description Cursor of the next page of articles; null on the last page */
                        nextCursor: string | null;
                        /** @description Ready URL of the next page of articles; null on the last page */
                        next: string | null;
                    };
                };
            };
            /** @description Not modified: the `If-None-Match` ETag still matches (or, without one, nothing changed since `If-Modified-Since`) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameters (RFC 9457 problem details, with the failing parameters) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (RFC 9457 problem details) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the accepted media types can be produced */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long (over 4096 characters, or a path segment over 2048) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error; details are hidden */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service under pressure; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    search: {
        parameters: {
            query: {
                /** @description What to search for. Words must all match (case and diacritics are ignored: `alfabetizacion` finds "alfabetización"); `"exact phrase"`; `word*` for words starting with `word` (at least 2 characters); `-word` or `-"a phrase"` to exclude. Everything else — operators, brackets, `:` — is plain text. English stop words (the, of, and, a, in, to…) are left out when the query has other words; a query of stop words only is matched but not scored (titles first, then in reading order); a quoted phrase is searched as written. */
                q: string;
                /** @description `articles`: one hit per article; articles whose title (or a redirect to it) matches come first, then articles matching in a section or the infobox (all words in the same section). `sections`: one hit per section (heading and text). `citations`: one hit per citation. `-word` leaves out the titles, sections, infobox rows and citations containing the word. */
                in?: "articles" | "sections" | "citations";
                /**
                 * @description Items per page (1–100)
                 * @example 20
                 */
                limit?: number;
                /** @description Opaque cursor from `nextCursor` of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of search hits, best first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            article: {
                                /** @example Russian revolution of 1917 */
                                title: string;
                                /**
                                 * @description The title in URL form
                                 * @example Russian_revolution_of_1917
                                 */
                                slug: string;
                                /**
                                 * @description The article resource
                                 * @example /v1/articles/Russian_revolution_of_1917
                                 */
                                href: string;
                            };
                            /** @description The section the hit is shown from; for a citation, the section that cites it first; null for the infobox or a title */
                            section: {
                                /** @description Section index in the article (0 is the lead) */
                                index: number;
                                /** @description Section anchor; null for the lead and untitled sections */
                                anchor: string | null;
                                /** @description Heading; null where the rendering lost it */
                                title: string | null;
                            } | null;
                            /**
                             * @description HTML: the matching text around the matches, escaped, with `<mark>…</mark>` around the matched words and `…` where text was cut
                             * @example The Cuban <mark>literacy</mark> campaign was a national mobilisation carried out throughout 1961…
                             */
                            snippet: string;
                            /** @description bm25 relevance, higher is better; comparable within a tier only (for `articles`, title matches rank before body matches) */
                            score: number;
                            /** @description What matched: the title, a redirect title, a section, an infobox value, or a citation */
                            matchedIn: "title" | "redirect" | "section" | "infobox" | "citation";
                            /** @description The matching citation (`in=citations` only) */
                            citation?: {
                                /** @description The reference number in the article */
                                n: number;
                                /** @description The reference as printed */
                                text: string;
                            };
                        }[];
                        /** @description Cursor of the next page; null on the last page */
                        nextCursor: string | null;
                        /** @description Ready URL of the next page; null on the last page */
                        next: string | null;
                    };
                };
            };
            /** @description Invalid parameters (RFC 9457 problem details, with the failing parameters) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (RFC 9457 problem details) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the accepted media types can be produced */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long (over 4096 characters, or a path segment over 2048) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error; details are hidden */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service under pressure; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeTitles: {
        parameters: {
            query: {
                /**
                 * @description What has been typed. Matches titles and redirects that start with it, then titles holding its words anywhere, the last word as a prefix; case and diacritics are ignored.
                 * @example Octob
                 */
                prefix: string;
                /**
                 * @description Suggestions to return (1–100)
                 * @example 10
                 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Title completions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The prefix asked for */
                        prefix: string;
                        /** @description Titles starting with the prefix first, then titles with its words; shortest first in each group */
                        items: {
                            /**
                             * @description The matching title (an article title or a redirect)
                             * @example October Revolution
                             */
                            title: string;
                            /** @description Whether the title is a redirect to `target` */
                            redirect: boolean;
                            target: {
                                /** @example Russian revolution of 1917 */
                                title: string;
                                /**
                                 * @description The title in URL form
                                 * @example Russian_revolution_of_1917
                                 */
                                slug: string;
                                /**
                                 * @description The article resource
                                 * @example /v1/articles/Russian_revolution_of_1917
                                 */
                                href: string;
                            };
                        }[];
                    };
                };
            };
            /** @description Invalid parameters (RFC 9457 problem details, with the failing parameters) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (RFC 9457 problem details) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the accepted media types can be produced */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long (over 4096 characters, or a path segment over 2048) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error; details are hidden */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service under pressure; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    geosearch: {
        parameters: {
            query: {
                /**
                 * @description Latitude of the centre, in decimal degrees (−90 to 90)
                 * @example 60.5
                 */
                lat: number;
                /**
                 * @description Longitude of the centre, in decimal degrees (−180 to 180)
                 * @example 5.25
                 */
                lon: number;
                /**
                 * @description How far to look, in metres (1–100,000; default 10,000)
                 * @example 10000
                 */
                radius?: number;
                /**
                 * @description Items per page (1–100)
                 * @example 20
                 */
                limit?: number;
                /** @description Opaque cursor from `nextCursor` of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the articles within the radius, nearest first (ties in article order) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @example Russian revolution of 1917 */
                            title: string;
                            /**
                             * @description The title in URL form
                             * @example Russian_revolution_of_1917
                             */
                            slug: string;
                            /**
                             * @description The article resource
                             * @example /v1/articles/Russian_revolution_of_1917
                             */
                            href: string;
                            /**
                             * @description Latitude of the article's nearest coordinate within the radius
                             * @example 60.5
                             */
                            lat: number;
                            /**
                             * @description Its longitude
                             * @example 5.25
                             */
                            lon: number;
                            /** @description Whether it is the article's own location (`{{coord|…|display=title}}`), not a place it mentions */
                            primary: boolean;
                            /**
                             * @description Great-circle distance from the centre, in metres, to a tenth (haversine on a sphere of 6,371,008.8 m)
                             * @example 1234.5
                             */
                            distance: number;
                        }[];
                        /** @description Cursor of the next page; null on the last page */
                        nextCursor: string | null;
                        /** @description Ready URL of the next page; null on the last page */
                        next: string | null;
                    };
                };
            };
            /** @description Not modified: the `If-None-Match` ETag still matches (or, without one, nothing changed since `If-Modified-Since`) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameters (RFC 9457 problem details, with the failing parameters) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (RFC 9457 problem details) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the accepted media types can be produced */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long (over 4096 characters, or a path segment over 2048) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error; details are hidden */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service under pressure; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listChanges: {
        parameters: {
            query?: {
                /** @description List the changes after this cursor (`since` of an earlier answer); from the oldest kept when absent */
                since?: string;
                /**
                 * @description Items per page (1–100)
                 * @example 20
                 */
                limit?: number;
                /** @description Opaque cursor from `nextCursor` of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of changes, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Change"][];
                        /** @description Cursor of the next page; null on the last page */
                        nextCursor: string | null;
                        /** @description Ready URL of the next page; null on the last page */
                        next: string | null;
                        /** @description The cursor to ask with next time (`?since=`): after the last change listed, or the one asked with when none */
                        since: string;
                    };
                };
            };
            /** @description Not modified: the `If-None-Match` ETag still matches (or, without one, nothing changed since `If-Modified-Since`) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameters (RFC 9457 problem details, with the failing parameters) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (RFC 9457 problem details) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the accepted media types can be produced */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The changes after `since` are no longer kept (the feed keeps the last 100 import runs): resync from /v1/articles */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long (over 4096 characters, or a path segment over 2048) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error; details are hidden */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service under pressure; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    streamChanges: {
        parameters: {
            query?: {
                /** @description Start after this cursor (`since` of /v1/changes, or an event id); a `Last-Event-ID` header wins over it. Without either, the stream starts at the end of the feed */
                since?: string;
            };
            header?: {
                /** @description The id of the last event received: a reconnecting EventSource sends it, and the stream resumes right after that event */
                "last-event-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Server-sent events (`text/event-stream`), open until the client leaves. The first event is `start` (data `{"since": cursor}`, its `id` the cursor the stream starts after). Then each change is an event without an `event:` field (a `message` event), its `id` the change's cursor and its `data` one `Change` as JSON, exactly an item of /v1/changes. A comment line (`: heartbeat`) comes every 15 s (`STREAM_HEARTBEAT_MS`). When the changes after the cursor are no longer kept, the only event is `error`, its data the 410 problem details of /v1/changes, and the stream closes: resync from /v1/articles. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example event: start
                     *     id: WzBd
                     *     data: {"since":"WzBd"}
                     *
                     *     id: WzFd
                     *     data: {"seq":1,"type":"created","title":"Russian revolution of 1917","revision":null,"etag":"\"1b7cfb9ea2f86c4d463a9036c3f8b8e56ede1a37251dc00a71777ddc82e3fa86\"","at":"2026-12-07T05:29:26.323Z","href":"/v1/articles/Russian_revolution_of_1917"}
                     *
                     *     : heartbeat
                     */
                    "text/event-stream": string;
                };
            };
            /** @description Invalid parameters (RFC 9457 problem details, with the failing parameters) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (RFC 9457 problem details) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the accepted media types can be produced */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long (over 4096 characters, or a path segment over 2048) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error; details are hidden */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description As many streams are open as the server allows (`STREAM_MAX_CONNECTIONS`), it is shutting down, or it is under pressure: retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSnapshot: {
        parameters: {
            query?: {
                /** @description A change-feed cursor: `next` of an earlier snapshot's closing line, or `since` of /v1/changes. Only the articles whose answer changed after it are sent, and the closing line lists the titles deleted */
                since?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newline-delimited JSON, one JSON object a line: each article exactly as GET /v1/articles/{title} gives it (the `Article` schema), in title order; then one closing line `{"type":"end","articles":…,"deleted":[…],"next":"…"}`. The schema is the schema of one line. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": components["schemas"]["Article"] | {
                        /**
                         * @description Always `end`: no article has a `type`
                         * @enum {string}
                         */
                        type: "end";
                        /** @description How many article lines came before it */
                        articles: number;
                        /** @description With `since`: the titles of the articles deleted after it (empty in a full snapshot) */
                        deleted: string[];
                        /** @description The change-feed cursor of this answer: ask `?since=` with it to get what changes next */
                        next: string;
                    };
                };
            };
            /** @description Not modified: the `If-None-Match` ETag still matches (or, without one, nothing changed since `If-Modified-Since`) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameters (RFC 9457 problem details, with the failing parameters) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (RFC 9457 problem details) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the accepted media types can be produced */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The changes after `since` are no longer kept (the feed keeps the last 100 import runs): resync from /v1/articles */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long (over 4096 characters, or a path segment over 2048) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error; details are hidden */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service under pressure; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
