/**
 * Normalizes many raw articles on every core: a pool of worker threads, fed
 * small batches so a slow article does not leave a core idle. Results come
 * back in input order, so output is the same as the sequential path. Each
 * worker keeps the records it made and renders and writes them itself.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Topic } from "../core/taxonomy.ts";
import type { RawArticle } from "../core/types.ts";
import { inThisThread, type RunOptions } from "./run.ts";
import type { Rendered, RenderJob, Session, Summarized } from "./session.ts";

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

export type Request = { start: number; raws: RawArticle[] } | { jobs: RenderJob[] };
type Reply = { ready: true } | { start: number; results: Summarized[] } | { rendered: Rendered[] };

/** Sends a request and waits for the worker's next reply that has `key`. */
function ask<T>(worker: Worker, request: Request, key: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number) => reject(new Error(`a normalize worker stopped with code ${code}`));
    const onReply = (reply: Reply) => {
      if (!(key in reply)) return;
      worker.off("message", onReply).off("error", reject).off("exit", onExit);
      resolve(reply as T);
    };
    worker.on("message", onReply).once("error", reject).once("exit", onExit);
    worker.postMessage(request);
  });
}

function poolSession(workers: Worker[], results: Summarized[], owner: Worker[]): Session {
  return {
    results,
    render: async (jobs) => {
      const replies = await Promise.all(
        workers.map((worker) => ask<{ rendered: Rendered[] }>(worker, { jobs: jobs.filter((job) => owner[job.index] === worker) }, "rendered")),
      );
      const byWorker = new Map(workers.map((worker, k) => [worker, replies[k]!.rendered[Symbol.iterator]()]));
      return jobs.map((job) => byWorker.get(owner[job.index]!)!.next().value!);
    },
    close: async () => void (await Promise.all(workers.map((worker) => worker.terminate()))),
  };
}

export function normalizeInPool(options: PoolOptions = {}): NormalizeAll {
  const batch = options.batch ?? 16;
  const minimum = options.minimum ?? 1000;
  return async (raws: RawArticle[], taxonomy: Topic[], onProgress?: (done: number) => void) => {
    const size = Math.min(options.size ?? availableParallelism(), Math.ceil(raws.length / batch));
    if (raws.length < minimum || size < 2) return inThisThread(raws, taxonomy, onProgress);
    const results: Summarized[] = new Array(raws.length);
    const owner: Worker[] = new Array(raws.length);
    const workers = Array.from({ length: size }, () => startWorker(taxonomy));
    let next = 0;
    let done = 0;
    const stopped = (code: number) => code !== 0 && new Error(`a normalize worker stopped with code ${code}`);
    try {
      await new Promise<void>((resolve, reject) => {
        const feed = (worker: Worker) => {
          if (next >= raws.length) return;
          worker.postMessage({ start: next, raws: raws.slice(next, next + batch) } satisfies Request);
          next += batch;
        };
        for (const worker of workers) {
          worker.on("error", reject);
          worker.on("exit", (code) => stopped(code) && reject(stopped(code)));
          worker.on("message", (reply: Reply) => {
            if ("results" in reply) {
              reply.results.forEach((result, offset) => {
                results[reply.start + offset] = result;
                owner[reply.start + offset] = worker;
              });
              done += reply.results.length;
              onProgress?.(done);
              if (done === raws.length) return resolve();
            }
            if (!("rendered" in reply)) feed(worker);
          });
        }
      });
    } catch (error) {
      await Promise.all(workers.map((worker) => worker.terminate()));
      throw error;
    }
    return poolSession(workers, results, owner);
  };
}
