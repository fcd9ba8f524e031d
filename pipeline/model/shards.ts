/**
 * A part of a job that several processes or machines share: shard i of n
 * takes the items a hash of their key picks, so every one of them agrees
 * without listing the others. The site builds its pages in shards
 * (`src/_config/shard.ts`), normalize its raw files.
 */
import { createHash } from "node:crypto";
import { DossierError } from "./errors.ts";

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** `"i/n"`, as `--shard` and `DOSSIER_SHARD` take it; `origin` names where it came from in the error. */
export function parseShard(text: string, origin: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const [index, count] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
  if (!match || count < 1 || index < 1 || index > count) {
    throw new DossierError(origin, "shard:format", `wants i/n with 1 ≤ i ≤ n, got "${text}"`);
  }
  return { index, count };
}

export function shardText(shard: Shard): string {
  return `${shard.index}/${shard.count}`;
}

/** The shard, 1 to `count`, that takes the item of this key. */
export function shardOf(key: string, count: number): number {
  return (createHash("sha256").update(key).digest().readUInt32BE(0) % count) + 1;
}

/** Shards a job of `items` runs in, each of at most `perShard` of them. */
export function shardCount(items: number, perShard: number): number {
  return Math.max(1, Math.ceil(items / perShard));
}

/** Every shard of a job in `count` shards, first to last. */
export function allShards(count: number): Shard[] {
  return Array.from({ length: count }, (_, i) => ({ index: i + 1, count }));
}
