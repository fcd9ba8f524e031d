/**
 * A shard other than the first reads only the template that writes a page per
 * source, and copies no assets: the first shard writes the rest. (Each shard
 * writes the pages of its own articles, developments and names after
 * Eleventy, in `many-pages.ts`.)
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { EleventyConfig } from "./eleventy.ts";
import { ownsShared } from "./shard.ts";
import type { Shard } from "../../pipeline/model/shards.ts";

const PER_ID_TEMPLATES = new Set(["sources/source.11ty.ts"]);

/** Templates under `input` a shard leaves out, as paths from the project root. */
export function skippedTemplates(input: string, shard: Shard): string[] {
  if (ownsShared(shard)) return [];
  const templates = readdirSync(input, { recursive: true, encoding: "utf8" }).filter((path) => path.endsWith(".11ty.ts"));
  return templates
    .map((path) => path.split("\\").join("/"))
    .filter((path) => !PER_ID_TEMPLATES.has(path))
    .sort()
    .map((path) => join(input, path));
}

export default function shardingPlugin(config: EleventyConfig, options: { input: string; shard: Shard; assets: Record<string, string> }): void {
  for (const template of skippedTemplates(options.input, options.shard)) config.ignores.add(template);
  if (ownsShared(options.shard)) config.addPassthroughCopy(options.assets);
}
