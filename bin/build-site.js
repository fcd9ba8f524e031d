#!/usr/bin/env node
// `npm run build:site [-- --output DIR]`: the site with Eleventy (through tsx, for
// the TypeScript templates), then the pages there are thousands of (developments,
// names, languages: see src/_config/many-pages.ts), then its search index
// with Pagefind, into one folder.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({ options: { output: { type: "string", default: "_site" } } });

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run(process.execPath, ["--import", "tsx", join(root, "node_modules/@11ty/eleventy/cmd.cjs"), "--config=.eleventy.js", "--quiet", `--output=${values.output}`]);
// In a process of its own: Eleventy holds every page it wrote until it exits, and
// tens of thousands more pages on top of that would nearly double the peak memory.
run(process.execPath, ["--import", "tsx", join(root, "bin/many-pages.ts"), `--output=${values.output}`]);
// Only article pages carry `data-pagefind-body`; reading the others would double the time for nothing.
run(join(root, "node_modules/.bin/pagefind"), ["--site", values.output, "--glob", "articles/**/*.html", "--silent"]);
