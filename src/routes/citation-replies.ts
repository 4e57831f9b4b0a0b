/** The Fastify side of citation formats: the format a request asks for (src/citations/negotiate.ts decides) and a reply in it. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { varyOnAccept } from '../api/csl.js';
import { renderCitations } from '../citations/bodies.js';
import { contentType, isRendered, wantedFormat, type FormatAsked, type Wanted } from '../citations/negotiate.js';
import type { CslData } from '../citations/render.js';

/** The format the request asks for by its query and Accept header; the reply varies on Accept, since the body depends on it. */
export function askedFormat(request: FastifyRequest, reply: FastifyReply): Wanted {
  const { format, style, locale } = (request.query ?? {}) as FormatAsked;
  const wanted = wantedFormat({ format, style, locale, accept: request.headers.accept });
  varyOnAccept(reply);
  return wanted;
}

/** Sends a list of citations, as CSL items, in the wanted non-JSON format; `start` items come before them (a later page's). */
export async function sendCitations(reply: FastifyReply, wanted: Wanted, items: readonly CslData[], start = 0): Promise<FastifyReply> {
  reply.type(contentType(wanted));
  // CSL-JSON goes through the route's response schema; the others are text.
  return reply.send(isRendered(wanted.format) ? await renderCitations(items, wanted, start) : items);
}
