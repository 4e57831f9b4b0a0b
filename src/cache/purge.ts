/**
 * `npm run purge -- [--since CURSOR] [--feed URL] --cache URL [--cache URL ...]`
 *
 * Reads the change feed (/v1/changes after CURSOR, from the feed URL: by default the first cache,
 * which passes the feed through to a replica) and sends `PURGE /v1/articles/{slug}` for every
 * changed article and redirect to every cache; deploy/varnish/default.vcl bans all of that
 * article's representations. When anything changed, it also sends `PURGE /v1/snapshot`, which bans
 * every snapshot. Prints the cursor to give as --since next time. Exit codes: 0 every
 * cache purged, 1 a request failed (or the cursor is past the feed's retention), 2 bad usage.
 */
import { HELP, readArgs, type Output } from '../cli-args.js';
import { isMain } from '../paths.js';

const USAGE = `usage: npm run purge -- [--since CURSOR] [--feed URL] --cache URL [--cache URL ...]

Purges from each cache (Varnish with deploy/varnish/default.vcl) every article the change feed
lists after CURSOR (from the start of the feed without it), and the snapshot (/v1/snapshot) when
it lists any, and prints the cursor for next time.

  --since CURSOR   the cursor printed by the previous run (\`since\` of /v1/changes)
  --feed URL       where to read /v1/changes (default: the first --cache)
  --cache URL      a cache to purge (repeat for several)
  -h, --help       this text`;

interface FeedPage {
  items: { href: string }[];
  next: string | null;
  since: string;
}

export class PurgeFailed extends Error {}

const SNAPSHOT = '/v1/snapshot';

/** Pages of the feed followed to the end, at most this many. */
const MAX_PAGES = 10_000;
/** PURGE requests in flight at once, per run. */
const CONCURRENCY = 8;

export async function purgeChanges({ since, feed, caches }: { since?: string; feed: string; caches: string[] }) {
  const hrefs = new Set<string>();
  let url: string | null = `/v1/changes?limit=100${since ? `&since=${encodeURIComponent(since)}` : ''}`;
  let last = since ?? '';
  for (let pages = 0; url !== null && pages < MAX_PAGES; pages++) {
    const response: Response = await fetch(new URL(url, feed), { headers: { accept: 'application/json' } });
    if (response.status === 410) {
      throw new PurgeFailed(`the cursor is older than the change feed keeps: purge the whole cache (varnishadm "ban req.url ~ ^/"), then start again without --since`);
    }
    if (!response.ok) throw new PurgeFailed(`GET ${url} from ${feed}: ${response.status} ${await response.text()}`);
    const page = (await response.json()) as FeedPage;
    for (const item of page.items) hrefs.add(item.href);
    last = page.since;
    url = page.next;
  }
  // The snapshot holds every article: any change changes it.
  const purged = hrefs.size > 0 ? [...hrefs, SNAPSHOT] : [];
  const jobs = caches.flatMap((cache) => purged.map((href) => ({ cache, href })));
  const failures: string[] = [];
  let next = 0;
  const worker = async () => {
    for (let job = jobs[next++]; job; job = jobs[next++]) {
      try {
        const response = await fetch(new URL(job.href, job.cache), { method: 'PURGE' });
        await response.arrayBuffer();
        if (response.status !== 200) failures.push(`PURGE ${job.href} at ${job.cache}: ${response.status}`);
      } catch (error) {
        failures.push(`PURGE ${job.href} at ${job.cache}: ${(error as Error).message}`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, jobs.length) }, worker));
  if (failures.length) throw new PurgeFailed(failures.join('\n'));
  return { articles: hrefs.size, purges: jobs.length, since: last };
}

export async function runPurgeCli(argv: string[], out: Output = process.stdout, err: Output = process.stderr): Promise<number> {
  const args = readArgs(
    { args: argv, options: { since: { type: 'string' }, feed: { type: 'string' }, cache: { type: 'string', multiple: true }, ...HELP } },
    USAGE,
    { out, err },
    ({ values }) => {
      if (!values.help && !values.cache?.length) throw new Error('at least one --cache URL is needed');
      for (const url of [...(values.cache ?? []), ...(values.feed ? [values.feed] : [])]) new URL(url);
    },
  );
  if (typeof args === 'number') return args;
  const { values } = args;
  const caches = values.cache!;
  try {
    const result = await purgeChanges({ since: values.since, feed: values.feed ?? caches[0]!, caches });
    const what = `${result.articles} article${result.articles === 1 ? '' : 's'}${result.articles > 0 ? ' and the snapshot' : ''}`;
    err.write(`purged ${what} from ${caches.length} cache${caches.length === 1 ? '' : 's'}\n`);
    out.write(`${result.since}\n`);
    return 0;
  } catch (error) {
    err.write(`error: ${(error as Error).message}\n`);
    return 1;
  }
}

if (isMain(import.meta.url)) process.exitCode = await runPurgeCli(process.argv.slice(2));
