#!/usr/bin/env node
// `npm run build:site [-- --output DIR]`: the site with Eleventy (through tsx, for
// the TypeScript templates), then the files there are thousands of (developments,
// names, languages, calendars: see src/_config/many-pages.ts), then its search
// index with Pagefind, into one folder. A corpus of more articles than the site's
// `shard_articles` is built as shards, one after another, then merged and indexed.
//
// `--shard i/n` (or DOSSIER_SHARD=i/n) builds only shard i of n, with its manifest
// and no search index; `--merge DIR…` checks shards built that way, moves them
// into the output and indexes the whole site (see src/_config/shard.ts).
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { register } from "tsx/esm/api";

register();
const { allShards, parseShard, shardCount, shardText, WHOLE } = await import("../src/_config/shard.ts");
const { articleFileNames } = await import("../src/_config/articles.ts");
const { pathsFromEnv } = await import("../src/_config/dossier.ts");
const { loadSite } = await import("../src/_config/site.ts");
const { mergeShards, writeManifest } = await import("./shard-files.ts");

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { values, positionals } = parseArgs({
  options: {
    output: { type: "string", default: "_site" },
    shard: { type: "string" },
    merge: { type: "boolean", default: false },
    manifest: { type: "string", default: ".cache/site-manifest.json" },
  },
  allowPositionals: true,
});

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function buildShard(shard, output) {
  const env = { ...process.env, DOSSIER_SHARD: shardText(shard) };
  run(process.execPath, ["--import", "tsx", join(root, "node_modules/@11ty/eleventy/cmd.cjs"), "--config=.eleventy.js", "--quiet", `--output=${output}`], env);
  // In a process of its own: Eleventy holds every page it wrote until it exits, and
  // tens of thousands more pages on top of that would nearly double the peak memory.
  run(process.execPath, ["--import", "tsx", join(root, "bin/many-pages.ts"), `--output=${output}`], env);
}

function index(output) {
  // Only article pages carry `data-pagefind-body`; reading the others would double the time for nothing.
  run(join(root, "node_modules/.bin/pagefind"), ["--site", output, "--glob", "articles/**/*.html", "--silent"]);
}

function merge(dirs, output) {
  const files = mergeShards(dirs, output, values.manifest);
  process.stderr.write(`${files} files from ${dirs.length} shard folders checked and merged into ${output}\n`);
  index(output);
}

const asked = values.shard ?? process.env.DOSSIER_SHARD;
if (values.merge) {
  merge(positionals, values.output);
} else if (asked) {
  const shard = parseShard(asked, values.shard ? "--shard" : "DOSSIER_SHARD");
  buildShard(shard, values.output);
  writeManifest(values.output, shard);
} else {
  const paths = pathsFromEnv(process.env);
  const count = shardCount(articleFileNames(join(paths.corpus, "articles")).length, loadSite(paths.site, process.env).shard_articles);
  if (count === 1) {
    buildShard(WHOLE, values.output);
    index(values.output);
  } else {
    // Beside the output, so moving a shard's files into it is a rename.
    const staging = join(dirname(resolve(values.output)), `.${basename(values.output)}-shards`);
    rmSync(staging, { recursive: true, force: true });
    const dirs = allShards(count).map((shard) => {
      const dir = join(staging, String(shard.index));
      buildShard(shard, dir);
      writeManifest(dir, shard);
      return dir;
    });
    merge(dirs, values.output);
    rmSync(staging, { recursive: true, force: true });
  }
}
