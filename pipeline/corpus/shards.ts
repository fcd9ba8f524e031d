/**
 * Normalizing in shards, on several machines: each job normalizes the raw
 * files of its shard (a hash of their bytes picks it) and writes their
 * records to a file; a last run takes those records instead of normalizing,
 * then gives ids, finds duplicates, writes the articles and merges the
 * developments for the whole corpus, so the result is that of one run.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DossierError } from "../model/errors.ts";
import { sha256 } from "../model/hash.ts";
import type { Message } from "../model/messages.ts";
import { allShards, shardOf, shardText, type Shard } from "../model/shards.ts";
import type { ArticleRecord, RawArticle } from "../model/types.ts";
import { ensureDir, listRaw, readRaw, writeAtomic } from "./files.ts";
import { recordsHere } from "./render.ts";
import { articlesStamp, inThisThread, normalizeContextOf, type CorpusSettings } from "./run.ts";
import type { NormalizeAll } from "./pool.ts";

/** The first line of a shard's file: the code and configuration its records were made with; a line per record follows. */
interface ShardHead {
  stamp: string;
  shard: Shard;
}

/** The lines of a file, each decoded on its own, so that no string holds the whole file. */
function* linesOf(bytes: Buffer): Generator<string> {
  for (let at = 0; at < bytes.length; ) {
    const end = bytes.indexOf(0x0a, at);
    const stop = end === -1 ? bytes.length : end;
    if (stop > at) yield bytes.toString("utf8", at, stop);
    at = stop + 1;
  }
}

const FILE = /^normalized-(\d+)-of-(\d+)\.json$/;
const fileOf = (shard: Shard) => `normalized-${shard.index}-of-${shard.count}.json`;

/**
 * Normalizes the raw files of `shard` and writes their records into `dir`;
 * returns the file and the messages of every file it read (those it
 * rejected are normalized again by the last run, which reports them).
 */
export async function normalizeShard(settings: CorpusSettings, shard: Shard, dir: string, normalizeAll: NormalizeAll = inThisThread): Promise<{ file: string; records: number; messages: Message[] }> {
  const raws = listRaw(settings.rawDir).flatMap((name): RawArticle[] => {
    const bytes = readRaw(join(settings.rawDir, name));
    return bytes instanceof Uint8Array && shardOf(sha256(bytes), shard.count) === shard.index ? [{ name, bytes }] : [];
  });
  const held = await normalizeAll(raws, normalizeContextOf(settings));
  try {
    const made = held.results.flatMap((result, index) => (result.record ? [index] : []));
    const records = await held.records(made);
    ensureDir(dir);
    const file = join(dir, fileOf(shard));
    // A line per record, after the stamp's: no string needs to hold a whole shard.
    const head: ShardHead = { stamp: articlesStamp(settings), shard };
    writeAtomic(file, [`${JSON.stringify(head)}\n`, ...records.map((record) => `${JSON.stringify(record)}\n`)]);
    return { file, records: records.length, messages: held.results.flatMap((result) => (result.record ? result.record.messages : result.messages)) };
  } finally {
    await held.close();
  }
}

/**
 * The records every shard of one plan wrote into `dir`, by raw file name.
 * Refused, naming the file: a shard missing, shards of two plans, or records
 * made by other code or configuration than this run's.
 */
export function readShardRecords(dir: string, settings: CorpusSettings): Map<string, ArticleRecord> {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => FILE.test(name)).sort();
  } catch (cause) {
    throw new DossierError(dir, "shards:unreadable", "cannot be read", { cause });
  }
  if (names.length === 0) throw new DossierError(dir, "shards:missing", "holds no normalized-<i>-of-<n>.json file");
  const count = Number(FILE.exec(names[0]!)![2]);
  const missing = allShards(count).map(fileOf).filter((name) => !names.includes(name));
  const foreign = names.filter((name) => Number(FILE.exec(name)![2]) !== count);
  if (missing.length > 0 || foreign.length > 0) {
    throw new DossierError(dir, "shards:incomplete", `wants every shard of one plan: ${[...missing.map((name) => `${name} is missing`), ...foreign.map((name) => `${name} is of another plan`)].join("; ")}`);
  }
  const stamp = articlesStamp(settings);
  const known = new Map<string, ArticleRecord>();
  for (const name of names) {
    const file = join(dir, name);
    try {
      const lines = linesOf(readFileSync(file));
      const head = JSON.parse(lines.next().value ?? "null") as ShardHead;
      if (head.stamp !== stamp) throw new DossierError(file, "shards:stale", `was normalized by other code or configuration than this run's; normalize shard ${shardText(head.shard)} again`);
      for (const line of lines) {
        const record = JSON.parse(line) as ArticleRecord;
        known.set(record.raw, record);
      }
    } catch (cause) {
      if (cause instanceof DossierError) throw cause;
      throw new DossierError(file, "shards:unreadable", "cannot be read as a shard's records", { cause });
    }
  }
  return known;
}

/**
 * Normalizes as `inThisThread` does, taking each raw file's record from the
 * shards when its bytes are those the shard read.
 */
export function fromShards(known: ReadonlyMap<string, ArticleRecord>): NormalizeAll {
  return async (raws, context, onProgress) => {
    const { normalizeArticle } = await import("../article/normalize.ts");
    return recordsHere(
      raws.map((raw, index) => {
        onProgress?.(index + 1);
        const record = known.get(raw.name);
        return record && record.raw_sha256 === sha256(raw.bytes) ? { record } : normalizeArticle(raw, context);
      }),
      context.entities,
    );
  };
}
