/** One thread of the normalize pool: batches of raw articles in, summaries out; later, the articles it holds to render and write, and other threads' files to write. */
import { parentPort, workerData } from "node:worker_threads";
import { normalizeArticle } from "../article/normalize.ts";
import type { ArticleRecord } from "../model/types.ts";
import type { Request, WorkerData } from "./pool.ts";
import type { FileStat } from "./files.ts";
import { renderArticle, summarize, writeArticleFile, type FileToWrite } from "./render.ts";

const context = workerData as WorkerData;
const port = parentPort!;
const held = new Map<number, ArticleRecord>();

/** Writes each file, letting its text go once written; null where there is none. */
function writeEach(files: (FileToWrite | null)[]): (FileStat | null)[] {
  return files.map((file, at) => {
    if (!file) return null;
    files[at] = null;
    return writeArticleFile(file);
  });
}

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
  } else if ("render" in request) {
    // An article is written once: its record is let go once rendered.
    const renders = request.render.map((article) => {
      const record = held.get(article.index)!;
      held.delete(article.index);
      return renderArticle(record, article, context.entities);
    });
    // What merging needs goes back before the files are written.
    port.postMessage({ rendered: renders.map(({ rendered }) => rendered) });
    const files = renders.map(({ file }) => file);
    renders.length = 0;
    port.postMessage({ written: writeEach(files) });
  } else {
    port.postMessage({ stats: writeEach(request.files) });
    // Nothing is asked of a worker after the files it writes: its memory is given back while this run merges.
    port.close();
  }
});
port.postMessage({ ready: true });
