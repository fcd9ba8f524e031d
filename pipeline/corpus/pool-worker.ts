/** One thread of the normalize pool: batches of raw articles in, summaries out; later, the articles it holds to write. */
import { parentPort, workerData } from "node:worker_threads";
import { normalizeArticle } from "../article/normalize.ts";
import type { ArticleRecord } from "../model/types.ts";
import type { Request, WorkerData } from "./pool.ts";
import { summarize, writeArticle } from "./render.ts";

const context = workerData as WorkerData;
const port = parentPort!;
const held = new Map<number, ArticleRecord>();

port.on("message", (request: Request) => {
  if ("raws" in request) {
    const results = request.raws.map((raw, offset) => {
      const normalized = normalizeArticle(raw, context);
      if (normalized.record) held.set(request.start + offset, normalized.record);
      return summarize(normalized);
    });
    port.postMessage({ start: request.start, results });
  } else if ("records" in request) {
    port.postMessage({ records: request.records.map((index) => held.get(index)!) });
  } else {
    port.postMessage({ written: request.write.map((article) => writeArticle(held.get(article.index)!, article, context.entities)) });
  }
});
port.postMessage({ ready: true });
