/**
 * Normalizes many raw articles on every core: a pool of worker threads, fed
 * small batches so a slow article does not leave a core idle. Results come
 * back in input order, so output is the same as the sequential path.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Topic } from "../core/taxonomy.ts";
import type { RawArticle } from "../core/types.ts";
import type { Normalized } from "../normalize.ts";
import { inThisThread, type RunOptions } from "./run.ts";

export type NormalizeAll = NonNullable<RunOptions["normalizeAll"]>;

export interface PoolOptions {
  /** Worker threads; one per core by default. */
  size?: number;
  /** Articles per message to a worker. */
  batch?: number;
  /**
   * Below this many articles, starting workers (about 2 s each, loading the
   * pipeline through tsx) costs more than it saves: on 2 cores, 300 articles
   * took 3.3 s in this thread and 6.6 s in a pool; 1,000 took 6.0 s and 5.4 s.
   */
  minimum?: number;
}

export interface WorkerData {
  tsx: string;
  worker: string;
  taxonomy: Topic[];
}

// Workers do not inherit loader hooks registered at run time (bin/dossier.js
// registers tsx that way), so each worker registers tsx before loading TS.
const BOOTSTRAP = `
const { workerData } = require("node:worker_threads");
import(workerData.tsx).then((tsx) => { tsx.register(); return import(workerData.worker); });
`;

function startWorker(taxonomy: Topic[]): Worker {
  const workerData: WorkerData = {
    tsx: import.meta.resolve("tsx/esm/api"),
    worker: new URL("./pool-worker.ts", import.meta.url).href,
    taxonomy,
  };
  return new Worker(BOOTSTRAP, { eval: true, workerData });
}

type Reply = { ready: true } | { start: number; results: Normalized[] };

export function normalizeInPool(options: PoolOptions = {}): NormalizeAll {
  const batch = options.batch ?? 16;
  const minimum = options.minimum ?? 1000;
  return async (raws: RawArticle[], taxonomy: Topic[], onProgress?: (done: number) => void) => {
    const size = Math.min(options.size ?? availableParallelism(), Math.ceil(raws.length / batch));
    if (raws.length < minimum || size < 2) return inThisThread(raws, taxonomy, onProgress);
    const results: Normalized[] = new Array(raws.length);
    const workers = Array.from({ length: size }, () => startWorker(taxonomy));
    let next = 0;
    let done = 0;
    try {
      await new Promise<void>((resolve, reject) => {
        const feed = (worker: Worker) => {
          if (next >= raws.length) return;
          worker.postMessage({ start: next, raws: raws.slice(next, next + batch) });
          next += batch;
        };
        for (const worker of workers) {
          worker.on("error", reject);
          worker.on("exit", (code) => code !== 0 && reject(new Error(`a normalize worker stopped with code ${code}`)));
          worker.on("message", (reply: Reply) => {
            if ("results" in reply) {
              reply.results.forEach((result, offset) => (results[reply.start + offset] = result));
              done += reply.results.length;
              onProgress?.(done);
              if (done === raws.length) return resolve();
            }
            feed(worker);
          });
        }
      });
    } finally {
      await Promise.all(workers.map((worker) => worker.terminate()));
    }
    return results;
  };
}
