/**
 * The warm path: which raw files the last run normalized and whose output
 * is untouched. Where the cache vouches for both files by their metadata,
 * neither is read; otherwise both are hashed, as `dossier check` always does.
 */
import { basename, join } from "node:path";
import type { Message } from "../model/messages.ts";
import type { RawArticle } from "../model/types.ts";
import { sizeLimitOf, tooLarge } from "../article/read/limits.ts";
import { isUnchanged, type CachedFile, type PreviousCache } from "./cache.ts";
import type { FileStat } from "./files.ts";
import { readRaw, statRaw, type Vouch, type WrittenArticle } from "./files.ts";
import { sha256 } from "../model/hash.ts";

export interface Scan {
  /** Metadata of every raw file, as it was read. */
  stats: Map<string, FileStat>;
  pending: RawArticle[];
  fresh: Map<string, CachedFile>;
  rejected: Map<string, Message>;
  /** Files found unchanged only by their hash: the cache must be written again to vouch for them by metadata next time. */
  rehashed: number;
}

/** Generated files the cache recorded and that kept their metadata since. */
export function vouchFrom(previous: PreviousCache): Vouch {
  const byOutput = new Map(Object.entries(previous.files).map(([raw, cached]) => [cached.output_file, { raw, cached }]));
  return (name, stat) => {
    const known = byOutput.get(name);
    if (!known || !isUnchanged(known.cached.output_stat, stat, previous.time)) return null;
    return { id: name.replace(/\.md$/, ""), raw: known.raw, duplicate: known.cached.duplicate_of !== null };
  };
}

export function scanRaw(rawDir: string, names: string[], written: Map<string, WrittenArticle>, previous: PreviousCache, force = false): Scan {
  const scan: Scan = { stats: new Map(), pending: [], fresh: new Map(), rejected: new Map(), rehashed: 0 };
  for (const name of names) {
    const file = join(rawDir, name);
    const stat = statRaw(file);
    if ("rule" in stat) {
      scan.rejected.set(name, stat);
      continue;
    }
    scan.stats.set(name, stat);
    if (stat.size > sizeLimitOf(name)) {
      scan.rejected.set(name, tooLarge(name, stat.size, sizeLimitOf(name)));
      continue;
    }
    const cached = previous.files[name];
    const output = written.get(name);
    if (!force && cached && output?.intact) {
      if (output.vouched && isUnchanged(cached.raw_stat, stat, previous.time)) {
        scan.fresh.set(name, cached);
        continue;
      }
      const bytes = readRaw(file);
      if (!(bytes instanceof Uint8Array)) scan.rejected.set(name, bytes);
      else if (cached.raw_sha256 === sha256(bytes) && cached.output_sha256 === sha256(output.text)) {
        scan.fresh.set(name, { ...cached, raw_stat: stat, output_file: basename(output.file), output_stat: output.stat });
        scan.rehashed++;
      } else scan.pending.push({ name, bytes });
      continue;
    }
    const bytes = readRaw(file);
    if (bytes instanceof Uint8Array) scan.pending.push({ name, bytes });
    else scan.rejected.set(name, bytes);
  }
  return scan;
}
