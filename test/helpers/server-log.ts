/**
 * A server's log as a test sees it, one pino JSON line each: the compiled server's, read from its
 * stdout (a line that is not JSON kept as its text, at level 0), or an in-process logger's stream.
 */
import { createInterface } from 'node:readline';
import { Writable, type Readable } from 'node:stream';
import pino from 'pino';

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

/** A stream for an in-process logger (pino's, or Fastify's `logger.stream`): its lines collect into `lines` as they are written. */
export function logCapture(): { lines: LogLine[]; stream: Writable } {
  const lines: LogLine[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const text of chunk.toString('utf8').split('\n')) if (text) lines.push(JSON.parse(text) as LogLine);
      done();
    },
  });
  return { lines, stream };
}

/** A pino logger for an in-process server (the switchboard's), its lines collected as they are written. */
export function capturingLogger() {
  const { lines, stream } = logCapture();
  return { log: pino({ level: 'info' }, stream), lines };
}
