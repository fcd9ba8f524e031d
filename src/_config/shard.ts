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
import { allShards, parseShard, shardOf, type Shard } from "../../pipeline/model/shards.ts";

/** The whole site in one process. */
export const WHOLE: Shard = { index: 1, count: 1 };

/** The shard `DOSSIER_SHARD` names, the whole site when it is not set. */
export function shardFromEnv(env: NodeJS.ProcessEnv): Shard {
  return env.DOSSIER_SHARD ? parseShard(env.DOSSIER_SHARD, "DOSSIER_SHARD") : WHOLE;
}

export function ownsId(shard: Shard, id: string): boolean {
  return shard.count === 1 || shardOf(id, shard.count) === shard.index;
}

/** The shard that writes the pages every build has once. */
export function ownsShared(shard: Shard): boolean {
  return shard.index === 1;
}

/**
 * Site paths of the search indexes of a site built in `count` shards: each
 * shard indexes its own articles, so no indexing pass reads the whole corpus.
 */
export function searchBundles(count: number): string[] {
  return count === 1 ? ["pagefind/"] : allShards(count).map((shard) => `pagefind/${shard.index}/`);
}

