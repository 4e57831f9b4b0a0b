/**
 * What the command-line tools share (`npm run seed`, `purge`, `export`): their arguments read by
 * node:util's parseArgs, and the two answers every one of them gives the same way — `--help` prints
 * the usage and exits 0; a bad argument prints the error and the usage and exits 2.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface Output {
  write(text: string): unknown;
}

/** A tool's config for parseArgs: its arguments and options, `--help` among them. */
type Config = ParseArgsConfig & { args: string[]; options: { help: { type: 'boolean'; short: 'h' } } };

/**
 * The parsed arguments, or the exit code the tool ends with at once: 0 after the usage for
 * `--help`, 2 after the error and the usage for a bad argument — thrown by parseArgs, or by
 * `check`, which says what parseArgs cannot (a required option, a value's range).
 */
export function readArguments<T extends Config>(
  config: T,
  usage: string,
  { out, err }: { out: Output; err: Output },
  check: (parsed: ReturnType<typeof parseArgs<T>>) => void = () => {},
): ReturnType<typeof parseArgs<T>> | number {
  try {
    const parsed = parseArgs(config);
    if ((parsed.values as { help?: boolean }).help) {
      out.write(`${usage}\n`);
      return 0;
    }
    check(parsed);
    return parsed;
  } catch (error) {
    err.write(`error: ${(error as Error).message}\n${usage}\n`);
    return 2;
  }
}
