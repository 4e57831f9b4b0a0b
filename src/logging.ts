/**
 * Where the server logs: pino's JSON lines on stdout, written asynchronously in batches of at
 * least 4 KB and at most a second late. pino writes each line with its own write(2) otherwise;
 * under load that was a tenth of the CPU of a request, as much as the rest of the response. The
 * batch is written on exit, whatever the cause (pino flushes its destination then), and the
 * server flushes it once it is listening, so the start-up lines are not held back.
 */
import { pino } from 'pino';

export const logDestination = () => pino.destination({ dest: 1, sync: false, minLength: 4096, periodicFlush: 1000 });
