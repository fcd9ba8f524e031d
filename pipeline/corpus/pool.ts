/**
 * Normalizes many raw articles on every core: this thread and worker threads
 * take small batches in turn, so a slow article does not leave a core idle,
 * and this thread works while the workers start. Results come back in input
 * order, so output is the same as the sequential path. Each thread keeps the
 * records it made and renders them itself; the workers write every file, this
 * thread's too, so that it can merge the developments meanwhile.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ArticleRecord, RawArticle } from "../model/types.ts";
import type { NormalizeContext, Normalized } from "../article/normalize.ts";
import { inThisThread, type RunOptions } from "./run.ts";
import type { FileStat } from "./files.ts";
import { awaitedLater, recordsHere, renderArticle, summarize, type ArticleToWrite, type FileToWrite, type HeldRecords, type RenderedArticle, type Summarized } from "./render.ts";

export type NormalizeAll = NonNullable<RunOptions["normalizeAll"]>;

export interface PoolOptions {
  /** Address of the worker's entry (`pool-worker.ts` as bundled), as the launcher gives it. */
  worker: string;
  /** Threads, this one included; one per core by default. */
  size?: number;
  /** Whether this thread normalizes too (by default); without it, `size` workers do all of it. */
  alsoHere?: boolean;
  /** Articles per batch. */
  batch?: number;
  /** Below this many articles, and `minimumBytes` of them, starting a worker costs more than it saves (docs/performance.md). */
  minimum?: number;
  /** A saved HTML page is a dozen text articles' work: this many bytes to read start workers whatever their count. */
  minimumBytes?: number;
}

export type WorkerData = NormalizeContext;

export type Request = { start: number; raws: RawArticle[] } | { render: ArticleToWrite[] } | { files: FileToWrite[] } | { records: number[] };
type Reply =
  | { ready: true }
  | { start: number; results: Summarized[] }
  | { rendered: RenderedArticle[] }
  | { written: (FileStat | null)[] }
  | { stats: FileStat[] }
  | { records: ArticleRecord[] };

/** Sends a request and waits for the worker's next reply that has `key`. */
function ask<T>(worker: Worker, request: Request, key: string): Promise<T> {
  const reply = replyOf<T>(worker, key);
  worker.postMessage(request);
  return reply;
}

/** The worker's next reply that has `key`. */
function replyOf<T>(worker: Worker, key: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number) => reject(new Error(`a normalize worker stopped with code ${code}`));
    const onReply = (reply: Reply) => {
      if (!(key in reply)) return;
      worker.off("message", onReply).off("error", reject).off("exit", onExit);
      resolve(reply as T);
    };
    worker.on("message", onReply).once("error", reject).once("exit", onExit);
  });
}

/**
 * Asks each thread for what it holds at its share of `indexes`, the workers
 * first, so they work while this thread does its share, and puts the answers
 * back in the order asked. Every answer is awaited, so that when one thread
 * fails, another's failure is not left unhandled.
 */
async function fromEachThread<T>(indexes: number[], owner: (Worker | null)[], workers: Worker[], askThread: (thread: Worker | null, mine: number[]) => Promise<T[]>): Promise<T[]> {
  const mine = (thread: Worker | null) => indexes.filter((index) => owner[index] === thread);
  const asked = workers.map((worker) => askThread(worker, mine(worker)));
  const settled = await Promise.allSettled([askThread(null, mine(null)), ...asked]);
  const failed = settled.find((each) => each.status === "rejected");
  if (failed) throw failed.reason;
  const byThread = new Map([null, ...workers].map((thread, k) => [thread, (settled[k] as PromiseFulfilledResult<T[]>).value[Symbol.iterator]()]));
  return indexes.map((index) => byThread.get(owner[index]!)!.next().value!);
}

/**
 * Each thread renders the articles it holds; the workers write every file,
 * those of this thread dealt out to them, so that this thread is free to
 * merge the developments while the files are written.
 */
function recordsInPool(workers: Worker[], local: Normalized[], results: Summarized[], owner: (Worker | null)[], settings: NormalizeContext): HeldRecords {
  const here = recordsHere(local, settings.entities);
  return {
    results,
    write: (articles) => {
      const byIndex = new Map(articles.map((article) => [article.index, article]));
      const of = (mine: number[]) => mine.map((index) => byIndex.get(index)!);
      const indexes = articles.map((article) => article.index);
      const writtenBy = new Map<Worker, Promise<(FileStat | null)[]>>();
      let files: (FileToWrite | null)[] = [];
      const rendered = fromEachThread(indexes, owner, workers, async (thread, mine) => {
        if (thread) {
          writtenBy.set(thread, awaitedLater(replyOf<{ written: (FileStat | null)[] }>(thread, "written").then((reply) => reply.written)));
          return ask<{ rendered: RenderedArticle[] }>(thread, { render: of(mine) }, "rendered").then((reply) => reply.rendered);
        }
        // An article is written once: its record is let go once rendered, as in the workers.
        const renders = of(mine).map((article) => {
          const { record } = local[article.index]!;
          delete local[article.index];
          return renderArticle(record!, article, settings.entities);
        });
        files = renders.map(({ file }) => file);
        return renders.map(({ rendered }) => rendered);
      });
      const written = rendered.then(() => {
        // This thread's files, dealt out to the workers in turn and put back in order; their texts are theirs from now.
        const given = files.filter((file) => file !== null);
        const toWrite = files.map((file) => file !== null);
        files = [];
        const stats = workers.map((worker, k) => ask<{ stats: FileStat[] }>(worker, { files: given.filter((_, at) => at % workers.length === k) }, "stats").then((reply) => reply.stats));
        given.length = 0;
        return fromEachThread(indexes, owner, workers, async (thread) => {
          if (thread) return writtenBy.get(thread)!;
          const dealt = (await Promise.all(stats)).map((list) => list[Symbol.iterator]());
          let at = 0;
          return toWrite.map((write) => (write ? dealt[at++ % workers.length]!.next().value! : null));
        });
      });
      return { rendered, written: awaitedLater(written) };
    },
    records: (indexes) =>
      fromEachThread(indexes, owner, workers, (thread, mine) => (thread ? ask<{ records: ArticleRecord[] }>(thread, { records: mine }, "records").then((reply) => reply.records) : here.records(mine))),
    close: async () => void (await Promise.all(workers.map((worker) => worker.terminate()))),
  };
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

export function normalizeInPool(options: PoolOptions): NormalizeAll {
  const batch = options.batch ?? 16;
  const minimum = options.minimum ?? 1000;
  const minimumBytes = options.minimumBytes ?? 4 * 1024 * 1024;
  return async (raws: RawArticle[], settings: NormalizeContext, onProgress?: (done: number) => void) => {
    const size = Math.min(options.size ?? availableParallelism(), Math.ceil(raws.length / batch));
    const bytes = raws.reduce((sum, raw) => sum + raw.bytes.length, 0);
    if ((raws.length < minimum && bytes < minimumBytes) || size < 2) return inThisThread(raws, settings, onProgress);
    const results: Summarized[] = new Array(raws.length);
    const owner: (Worker | null)[] = new Array(raws.length);
    const local: Normalized[] = new Array(raws.length);
    const alsoHere = options.alsoHere ?? true;
    const workers = Array.from({ length: alsoHere ? size - 1 : size }, () => new Worker(new URL(options.worker), { workerData: settings }));
    let next = 0;
    let done = 0;
    const take = () => {
      const start = next;
      next = Math.min(next + batch, raws.length);
      return { start, raws: raws.slice(start, next) };
    };
    const finish = (start: number, summaries: Summarized[], thread: Worker | null) => {
      summaries.forEach((summary, offset) => ((results[start + offset] = summary), (owner[start + offset] = thread)));
      done += summaries.length;
      onProgress?.(done);
    };
    let failure: Error | null = null;
    const workersDone = new Promise<void>((resolve, reject) => {
      const fail = (error: Error) => reject((failure ??= error));
      for (const worker of workers) {
        worker.on("error", fail).on("exit", (code) => done < raws.length && fail(new Error(`a normalize worker stopped with code ${code}`)));
        worker.on("message", (reply: Reply) => {
          if ("results" in reply) finish(reply.start, reply.results, worker);
          else if (!("ready" in reply)) return;
          // A worker holds two batches, so it never waits while this thread works.
          const ahead = "ready" in reply ? 2 : 1;
          for (let sent = 0; sent < ahead && next < raws.length; sent++) {
            const request: Request = take();
            worker.postMessage(request);
          }
          if (done === raws.length) resolve();
        });
      }
    });
    workersDone.catch(() => {}); // awaited below; a failure also stops this thread's loop
    try {
      const { normalizeArticle } = await import("../article/normalize.ts");
      while (alsoHere && next < raws.length && !failure) {
        const mine = take();
        const normalized = mine.raws.map((raw) => normalizeArticle(raw, settings));
        normalized.forEach((each, offset) => (local[mine.start + offset] = each));
        finish(mine.start, normalized.map(summarize), null);
        await nextTurn();
      }
      if (failure) throw failure;
      if (done < raws.length) await workersDone;
    } catch (error) {
      await Promise.all(workers.map((worker) => worker.terminate()));
      throw error;
    }
    return recordsInPool(workers, local, results, owner, settings);
  };
}
