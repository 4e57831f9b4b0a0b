/**
 * The compiled server's log, read from its stdout as a test sees it: one pino JSON line each
 * (a line that is not JSON kept as its text, at level 0).
 */
import type { Readable } from 'node:stream';
import { createInterface } from 'node:readline';

export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

/** Collects the lines as they come (the returned array grows) and passes each to `onLine`. */
export function readLogLines(stdout: Readable, onLine: (line: LogLine) => void = () => {}): LogLine[] {
  const logs: LogLine[] = [];
  createInterface({ input: stdout }).on('line', (text) => {
    let line: LogLine;
    try {
      line = JSON.parse(text) as LogLine;
    } catch {
      line = { level: 0, msg: text };
    }
    logs.push(line);
    onLine(line);
  });
  return logs;
}
