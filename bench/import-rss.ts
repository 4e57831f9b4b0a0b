/**
 * The import CLI, reporting the process's peak RSS (its parse worker included) on exit:
 * `node dist/bench/import-rss.js [CLI ARGS...]` prints `maxrss <KB>` as the last line of stderr.
 */
import { runCli } from '../src/importer/cli.js';

process.on('exit', () => process.stderr.write(`maxrss ${process.resourceUsage().maxRSS}\n`));
process.exitCode = runCli(process.argv.slice(2));
