/**
 * What a shard wrote: every file of its output with its SHA-256. The shards of
 * one build are checked together before the site is indexed and deployed:
 * all of them there, each once, no file written by two.
 */
import { shardText, type Shard } from "../../pipeline/model/shards.ts";

export interface Manifest {
  /** 'i/n'. */
  shard: string;
  /** Site path to SHA-256, hex. */
  files: Record<string, string>;
}

/** Folder of the output where each shard leaves its manifest, taken away once they are checked. */
export const MANIFEST_DIR = "_shards";

export function manifestPath(shard: Shard): string {
  return `${MANIFEST_DIR}/${shard.index}-of-${shard.count}.json`;
}

/** The same files, by path, so a manifest's text depends on nothing but its files. */
function byPath(files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function shardManifest(shard: Shard, files: Record<string, string>): Manifest {
  return { shard: shardText(shard), files: byPath(files) };
}

/** Every file of the union with its hash, or what is wrong with the set of manifests. */
export function mergeManifests(manifests: Manifest[]): { files: Record<string, string>; problems: string[] } {
  const problems: string[] = [];
  const counts = new Set(manifests.map((manifest) => manifest.shard.split("/")[1]));
  if (manifests.length === 0) problems.push("no shard manifests");
  if (counts.size > 1) problems.push(`manifests of builds in different numbers of shards: ${[...counts].sort().join(", ")}`);
  const count = Number([...counts][0] ?? 0);
  const seen = new Set(manifests.map((manifest) => manifest.shard));
  for (let index = 1; index <= count; index++) if (!seen.has(`${index}/${count}`)) problems.push(`shard ${index}/${count} is missing`);
  const files: Record<string, string> = {};
  const writer = new Map<string, string>();
  for (const manifest of manifests) {
    for (const [path, hash] of Object.entries(manifest.files)) {
      const other = writer.get(path);
      if (other !== undefined) problems.push(`${path} is written by shards ${other} and ${manifest.shard}`);
      writer.set(path, manifest.shard);
      files[path] = hash;
    }
  }
  return { files: byPath(files), problems };
}
