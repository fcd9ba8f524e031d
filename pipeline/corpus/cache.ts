/**
 * What the last run knew about each raw file, so that a warm run skips
 * unchanged files without normalizing them again. Any change to the
 * pipeline's code or the taxonomy invalidates it.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeAtomic } from "./files.ts";

export interface CachedFile {
  raw_sha256: string;
  output_sha256: string;
  fingerprint: string[];
  /** Raw name of the article this one duplicates. */
  duplicate_of: string | null;
}

export interface Cache {
  stamp: string;
  files: Record<string, CachedFile>;
}

const CACHE_FILE = ".dossier-cache.json";
const PIPELINE_DIR = fileURLToPath(new URL("..", import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith(".ts") ? [join(dir, entry.name)] : []))
    .sort();
}

/** A hash of everything that shapes the output besides the raw file itself. */
export function cacheStamp(...inputs: string[]): string {
  const hash = createHash("sha256");
  for (const file of sources(PIPELINE_DIR)) hash.update(readFileSync(file));
  for (const input of inputs) hash.update(input);
  return hash.digest("hex");
}

export function readCache(outDir: string, stamp: string): Cache {
  try {
    const cache = JSON.parse(readFileSync(join(outDir, CACHE_FILE), "utf8")) as Cache;
    if (cache.stamp === stamp && typeof cache.files === "object") return cache;
  } catch {
    // No cache, or an unreadable one: everything is normalized again.
  }
  return { stamp, files: {} };
}

export function writeCache(outDir: string, cache: Cache): void {
  writeAtomic(join(outDir, CACHE_FILE), JSON.stringify(cache));
}
