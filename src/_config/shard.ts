/**
 * Which part of the site one build process writes. Pages that exist once per
 * article, development, source or entity go to the shard a hash of their id
 * picks; every other page (home, digests, timeline, feeds, exports, assets) to
 * the first shard. A pure function of ids, so any machine building shard i of
 * n writes the same files, and the shards together write the whole site.
 * How many shards a site has follows from its corpus (`shardCount`): the
 * search is split the same way, whether the pages are built in one process
 * or in those shards.
 */
import { createHash } from "node:crypto";
import { DossierError } from "../../pipeline/model/errors.ts";

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** The whole site in one process. */
export const WHOLE: Shard = { index: 1, count: 1 };

/** `"i/n"`, as `--shard` and `DOSSIER_SHARD` take it; `origin` names where it came from in the error. */
export function parseShard(text: string, origin: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const [index, count] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
  if (!match || count < 1 || index < 1 || index > count) {
    throw new DossierError(origin, "shard:format", `wants i/n with 1 ≤ i ≤ n, got "${text}"`);
  }
  return { index, count };
}

/** The shard `DOSSIER_SHARD` names, the whole site when it is not set. */
export function shardFromEnv(env: NodeJS.ProcessEnv): Shard {
  return env.DOSSIER_SHARD ? parseShard(env.DOSSIER_SHARD, "DOSSIER_SHARD") : WHOLE;
}

export function shardText(shard: Shard): string {
  return `${shard.index}/${shard.count}`;
}

/** The shard, 1 to `count`, that writes the pages of this id. */
export function shardOf(id: string, count: number): number {
  return (createHash("sha256").update(id).digest().readUInt32BE(0) % count) + 1;
}

export function ownsId(shard: Shard, id: string): boolean {
  return shard.count === 1 || shardOf(id, shard.count) === shard.index;
}

/** The shard that writes the pages every build has once. */
export function ownsShared(shard: Shard): boolean {
  return shard.index === 1;
}

/** Shards a build of `articles` articles runs in, each of at most `perShard` articles. */
export function shardCount(articles: number, perShard: number): number {
  return Math.max(1, Math.ceil(articles / perShard));
}

/**
 * Site paths of the search indexes of a site built in `count` shards: each
 * shard indexes its own articles, so no indexing pass reads the whole corpus.
 */
export function searchBundles(count: number): string[] {
  return count === 1 ? ["pagefind/"] : allShards(count).map((shard) => `pagefind/${shard.index}/`);
}

/** Every shard of a build in `count` shards, first to last. */
export function allShards(count: number): Shard[] {
  return Array.from({ length: count }, (_, i) => ({ index: i + 1, count }));
}
