/**
 * What the command-line tools (npm run seed, npm run purge, the MCP server over stdio) share: their
 * arguments read by node's parseArgs, `--help` printing the usage (exit 0), and a bad argument
 * printed as `error: …` with the usage (exit 2).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Where a tool writes: process.stdout and process.stderr, or what a test captures. */
export interface Output {
  write(text: string): unknown;
}

/** The `--help` (`-h`) option, for a tool's options to spread. */
export const HELP = { help: { type: 'boolean', short: 'h' } } as const;

/**
 * The arguments read by `config` (its `args`, as parseArgs takes them), checked by `check` (which
 * throws a usage error as an Error, and is called with `--help` too), or the exit code when the
 * tool is done: 2 after a usage error on `err`, 0 after the usage on `out` when `--help` was asked
 * (where the options have HELP's).
 */
export function readArgs<T extends ParseArgsConfig>(
  config: T,
  usage: string,
  { out, err }: { out: Output; err: Output },
  check: (parsed: ReturnType<typeof parseArgs<T>>) => void = () => {},
): ReturnType<typeof parseArgs<T>> | number {
  let parsed: ReturnType<typeof parseArgs<T>>;
  try {
    parsed = parseArgs(config);
    check(parsed);
  } catch (error) {
    err.write(`error: ${(error as Error).message}\n${usage}\n`);
    return 2;
  }
  if ((parsed.values as { help?: boolean }).help) {
    out.write(`${usage}\n`);
    return 0;
  }
  return parsed;
}
