/** Checks one database file (check.ts) off the main thread and posts the result. */
import { parentPort, workerData } from 'node:worker_threads';
import { checkDatabase } from './check.js';

parentPort!.postMessage(checkDatabase(workerData as string));
