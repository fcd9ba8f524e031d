#!/usr/bin/env node
// `npm run build:site [-- --output DIR]`: the site with Eleventy (through tsx, for
// the TypeScript templates; the files there are thousands of are written after
// it, see src/_config/many-pages.ts), then its search index with Pagefind, into
// one folder. A corpus of more articles than the site's `shard_articles` is built
// as shards, one after another in this process from one reading of the corpus,
// each writing its own files and search index into the output.
//
// `--shard i/n` (or DOSSIER_SHARD=i/n) builds only shard i of n (n as many as the
// corpus needs, or 1 for the whole site in one process) with its search index and
// its manifest; `--merge DIR…` checks shards built that way and moves them into the
// output; `--plan` prints how many shards the corpus needs (see src/_config/shard.ts).
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { register } from "tsx/esm/api";

register();
const { allShards, parseShard, shardCount, shardText } = await import("../pipeline/model/shards.ts");
const { articleFileNames } = await import("../src/_model/articles.ts");
const { Dossier, pathsFromEnv } = await import("../src/_model/dossier.ts");
const { keepDossier } = await import("../src/_config/data.ts");
const { articleFiles, manyFiles, writeFiles } = await import("../src/_config/many-pages.ts");
const { default: Eleventy } = await import("@11ty/eleventy");
const { loadSite } = await import("../src/_model/site.ts");
const { indexShard, indexSite, mergeShards, removeSearchLeftovers, writeManifest } = await import("./shard-files.ts");

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { values, positionals } = parseArgs({
  options: {
    output: { type: "string", default: "_site" },
    shard: { type: "string" },
    merge: { type: "boolean", default: false },
    plan: { type: "boolean", default: false },
    manifest: { type: "string", default: ".cache/site-manifest.json" },
  },
  allowPositionals: true,
});
// The commands run from the project's root; folders named on the command line are the caller's.
const [output, manifest, shardDirs] = [resolve(values.output), resolve(values.manifest), positionals.map((dir) => resolve(dir))];

// A new Eleventy for each shard: one holds every page it wrote until it is let go,
// so the files there are thousands of are written after that, from the same data.
// Its search index, `index(shard)`, is made from the article pages while the
// other files are written.
async function buildShard(dossier, shard, output, index) {
  removeSearchLeftovers(output);
  process.env.DOSSIER_SHARD = shardText(shard);
  try {
    await new Eleventy("src", output, { configPath: ".eleventy.js", quietMode: true }).write();
  } catch (error) {
    failed(error);
  }
  await writeFiles(articleFiles(dossier, shard), output);
  await Promise.all([writeFiles(manyFiles(dossier, shard), output), index(shard)]);
}

function failed(error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

/** The search index of each of `parts` (shards of `count`) from the article pages under `site`. */
async function index(site, parts, count) {
  if (count === 1) return indexSite(site).catch(failed);
  for (const part of parts) await indexShard(site, part).catch(failed);
}

process.chdir(root);
const paths = pathsFromEnv(process.env);
const site = loadSite(paths.site, process.env);
const count = shardCount(articleFileNames(join(paths.corpus, "articles")).length, site.shard_articles);
const asked = values.shard ?? process.env.DOSSIER_SHARD;
// One reading of the corpus for every shard, and for the files written after Eleventy.
function kept() {
  const dossier = new Dossier(paths, process.env);
  keepDossier(dossier);
  return dossier;
}
if (values.plan) {
  process.stdout.write(`${JSON.stringify({ count, shards: allShards(count).map((shard) => shard.index) })}\n`);
} else if (values.merge) {
  const files = mergeShards(shardDirs, output, manifest);
  process.stderr.write(`${files} files from ${positionals.length} shard folders checked and merged into ${values.output}\n`);
} else if (asked) {
  const shard = parseShard(asked, values.shard ? "--shard" : "DOSSIER_SHARD");
  if (shard.count !== 1 && shard.count !== count) {
    process.stderr.write(`${values.shard ? "--shard" : "DOSSIER_SHARD"}: this corpus is built in ${count} shard(s) of at most ${site.shard_articles} articles (shard_articles in ${paths.site}); ask for i/${count}, or 1/1 for the whole site\n`);
    process.exit(2);
  }
  await buildShard(kept(), shard, output, () => index(output, shard.count === 1 ? allShards(count) : [shard], count));
  writeManifest(output, shard);
} else {
  // Shards one after another into the output; each writes only its own files.
  const dossier = kept();
  const shards = allShards(count);
  for (const shard of shards) await buildShard(dossier, shard, output, (part) => index(output, [part], count));
}
