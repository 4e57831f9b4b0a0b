/** The body of a list of citations, as CSL items, in a wanted non-JSON format (rendered in the worker), and a cache of them. */
import { isRendered, type Wanted } from './negotiate.js';
import type { CslData } from './render.js';
import { renderInWorker } from './worker.js';

/** The body of `items` in a rendered format (RIS ends with a newline, as files do); `start` items come before them in their list. */
export async function renderCitations(items: readonly CslData[], wanted: Wanted, start = 0): Promise<string> {
  if (!isRendered(wanted.format)) return JSON.stringify(items);
  const body = await renderInWorker(items, wanted.format, { style: wanted.style, locale: wanted.locale, start });
  return body === '' || body.endsWith('\n') ? body : `${body}\n`;
}

/**
 * Rendered bodies kept by key (an article's citations do not change while serving; a bibliography
 * takes tens of milliseconds to render), the least recently used out.
 */
export function createRenderedBodies(max = 256) {
  const bodies = new Map<string, string>();
  return {
    async body(key: string, wanted: Wanted, items: () => readonly CslData[]): Promise<string> {
      const name = `${key}:${wanted.format}:${wanted.style}:${wanted.locale}`;
      let body = bodies.get(name);
      if (body !== undefined) {
        bodies.delete(name);
      } else {
        body = await renderCitations(items(), wanted);
        if (bodies.size >= max) bodies.delete(bodies.keys().next().value!);
      }
      bodies.set(name, body);
      return body;
    },
  };
}
