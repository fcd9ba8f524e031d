/**
 * What the last run knew about each raw file, so that a warm run skips
 * unchanged files without normalizing them again. Any change to the
 * pipeline's code or the taxonomy invalidates it.
 */
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { ensureDir, writeAtomic, type FileStat } from "./files.ts";

export interface CachedFile {
  raw_sha256: string;
  raw_stat: FileStat;
  output_sha256: string;
  /** Name of the generated file in the output folder, and its metadata once written. */
  output_file: string;
  output_stat: FileStat;
  fingerprint: string[];
  /** Raw name of the article this one duplicates. */
  duplicate_of: string | null;
}

export interface Cache {
  stamp: string;
  files: Record<string, CachedFile>;
}

export interface PreviousCache extends Cache {
  /** When the cache was written (its file's change time), 0 when there is none. */
  time: number;
}

/**
 * A file is taken as unchanged without reading it, as git's index does, when
 * its size and times are those recorded and it changed before the cache was
 * written: a file changed later in the same clock tick as its record could
 * keep both times, so it is read again. The change time cannot be set back
 * by hand (touch, cp -p), so only a change that keeps the size, on a file
 * system that keeps no change time, goes unseen; --force reads everything.
 */
export function isUnchanged(recorded: FileStat | undefined, now: FileStat, cacheTime: number): boolean {
  if (!recorded) return false;
  const same = recorded.size === now.size && recorded.mtime === now.mtime && recorded.ctime === now.ctime;
  return same && now.mtime < cacheTime && now.ctime < cacheTime;
}

const CACHE_FILE = ".dossier-cache.json";

/** A hash of everything that shapes the output besides the raw file itself: the pipeline's sources (their hash, as the launcher gives it) and its configuration. */
export function cacheStamp(sources: string, ...inputs: string[]): string {
  const hash = createHash("sha256").update(sources);
  for (const input of inputs) hash.update(input);
  return hash.digest("hex");
}

export function readCache(outDir: string, stamp: string): PreviousCache {
  try {
    const file = join(outDir, CACHE_FILE);
    const time = statSync(file).ctimeMs;
    const cache = JSON.parse(readFileSync(file, "utf8")) as Cache;
    if (cache.stamp === stamp && typeof cache.files === "object") return { ...cache, time };
  } catch {
    // No cache, or an unreadable one: everything is normalized again.
  }
  return { stamp, files: {}, time: 0 };
}

const cacheText = ({ stamp, files }: Cache) =>
  JSON.stringify({ stamp, files: Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) });

/**
 * Written only when it says something new, so a run with nothing to write
 * needs no writable folder; `renew` when files were confirmed by their hash,
 * which the cache vouches for by metadata only once written after them.
 */
export function writeCache(outDir: string, cache: Cache, renew: boolean): void {
  const file = join(outDir, CACHE_FILE);
  const text = cacheText(cache);
  let known = cacheText({ stamp: cache.stamp, files: {} });
  try {
    known = readFileSync(file, "utf8");
  } catch {
    // No cache yet: an empty one need not be written.
  }
  if (text !== known) {
    ensureDir(outDir);
    writeAtomic(file, text);
  } else if (renew) {
    // Written again only so the next run can trust file times: where it cannot be, that run reads the files again, nothing worse.
    try {
      writeAtomic(file, text);
    } catch {
      return;
    }
  }
}
