/** One thread of the normalize pool: batches of raw articles in, results out. */
import { parentPort, workerData } from "node:worker_threads";
import { normalizeArticle } from "../normalize.ts";
import type { RawArticle } from "../core/types.ts";
import type { WorkerData } from "./pool.ts";

const { taxonomy } = workerData as WorkerData;
const port = parentPort!;

port.on("message", ({ start, raws }: { start: number; raws: RawArticle[] }) => {
  port.postMessage({ start, results: raws.map((raw) => normalizeArticle(raw, { taxonomy })) });
});
port.postMessage({ ready: true });
