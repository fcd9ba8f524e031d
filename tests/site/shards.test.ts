/**
 * A site built in shards, as the publish workflow builds it (its own steps,
 * run here), is the same files as the site built in one process.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { shardOf } from "../../pipeline/model/shards.ts";
import { parseWorkflow, root, workflowFiles } from "../helpers/workflows.ts";
import { FIXTURE_CORPUS, listFiles } from "./build.ts";

const SHARDS = 3;
const work = mkdtempSync(join(tmpdir(), "dossier-shards-"));
const corpus = resolve(FIXTURE_CORPUS);
const siteFile = join(work, "site.json");
// The fixture's six articles in three shards.
writeFileSync(siteFile, JSON.stringify({ ...JSON.parse(readFileSync(join(root, "src/_data/site.json"), "utf8")), shard_articles: 2 }));
const env = { ...process.env, DOSSIER_CORPUS: corpus, DOSSIER_REPORT: join(corpus, "report.json"), DOSSIER_SITE: siteFile, DOSSIER_BASE_URL: "" };

const buildSite = (args: string[], cwd = root) => execFileSync(process.execPath, [join(root, "bin/build-site.js"), ...args], { cwd, env, stdio: "pipe" });

/** A job's `run:` steps that call the site build, with the matrix and plan filled in. */
function siteSteps(job: string, shard?: number): string[] {
  const steps = parseWorkflow(workflowFiles().get("publish.yml")!).jobs[job]!.steps ?? [];
  return steps
    .flatMap((step) => step.run ?? [])
    .filter((run) => run.includes("build:site"))
    .map((run) => run.replaceAll("${{ matrix.shard }}", String(shard)).replaceAll("${{ needs.plan.outputs.count }}", String(SHARDS)));
}

/** A runner's checkout: the project's commands, with a folder of its own to build in. */
function checkout(name: string): string {
  const dir = join(work, name);
  mkdirSync(dir);
  for (const link of ["bin", "node_modules"]) symlinkSync(join(root, link), join(dir, link));
  copyFileSync(join(root, "package.json"), join(dir, "package.json"));
  return dir;
}

const sh = (command: string, cwd: string) => execFileSync("sh", ["-c", command], { cwd, env, stdio: "pipe" }).toString();

let whole = "";
let merged = "";
// Built in one process, shard after shard into one folder.
let sequential = "";

beforeAll(() => {
  whole = join(work, "whole");
  // What a build killed while indexing leaves: a folder of links to article pages.
  mkdirSync(join(whole, ".search-2", "articles", "left"), { recursive: true });
  writeFileSync(join(whole, ".search-2", "articles", "left", "index.html"), "<html></html>");
  buildSite(["--shard", "1/1", "--output", whole]);
  rmSync(join(whole, "_shards"), { recursive: true });
  const plan = checkout("plan");
  expect(JSON.parse(siteSteps("plan").map((run) => sh(run.replace(/^echo "plan=\$\((.*)\)" >> "\$GITHUB_OUTPUT"$/, "$1"), plan)).join(""))).toEqual({ count: SHARDS, shards: [1, 2, 3] });
  const runner = checkout("merge");
  for (let shard = 1; shard <= SHARDS; shard++) {
    const dir = checkout(`shard-${shard}`);
    for (const run of siteSteps("shard", shard)) sh(run, dir);
    // What upload-artifact and download-artifact do between the jobs.
    mkdirSync(join(runner, "shards"), { recursive: true });
    renameSync(join(dir, "_site"), join(runner, "shards", `site-shard-${shard}`));
  }
  for (const run of siteSteps("merge")) sh(run, runner);
  merged = join(runner, "_site");
  sequential = join(work, "default");
  buildSite(["--output", sequential]);
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("a site built in shards", () => {
  it("is, merged, every file of the site built in one process, byte for byte", () => {
    const files = listFiles(whole);
    expect(listFiles(merged)).toEqual(files);
    for (const file of files) expect(readFileSync(join(merged, file)).equals(readFileSync(join(whole, file))), file).toBe(true);
  });

  it("leaves none of the folders its search indexes were read from, nor one a killed build left", () => {
    for (const site of [whole, merged, sequential]) expect(readdirSync(site).filter((name) => name.startsWith(".search-"))).toEqual([]);
  });

  it("indexes in each shard's search index exactly the articles of that shard", () => {
    for (const site of [merged, sequential]) {
      const ids = readdirSync(join(site, "articles"));
      for (let shard = 1; shard <= SHARDS; shard++) {
        const languages = JSON.parse(readFileSync(join(site, `pagefind/${shard}/pagefind-entry.json`), "utf8")).languages as Record<string, { page_count: number }>;
        const pages = Object.values(languages).reduce((sum, language) => sum + language.page_count, 0);
        expect(pages, `${site}, shard ${shard}`).toBe(ids.filter((id) => shardOf(id, SHARDS) === shard).length);
      }
    }
  });

  it("has one search index per shard, together every article, merged by the search page", () => {
    const counts = [1, 2, 3].map((shard) => JSON.parse(readFileSync(join(merged, `pagefind/${shard}/pagefind-entry.json`), "utf8")).languages);
    const pages = counts.flatMap((languages) => Object.values(languages as Record<string, { page_count: number }>).map((l) => l.page_count));
    expect(pages.reduce((a, b) => a + b, 0)).toBe(listFiles(join(corpus, "articles")).filter((f) => f.endsWith(".md")).length);
    expect(readFileSync(join(merged, "search/index.html"), "utf8")).toContain('data-pagefind="/pagefind/1/pagefind.js" data-merge="/pagefind/2/ /pagefind/3/"');
  });

  it("is what the build writes by itself when the corpus is over the threshold", () => {
    const files = listFiles(whole);
    expect(listFiles(sequential)).toEqual(files);
    for (const file of files) expect(readFileSync(join(sequential, file)).equals(readFileSync(join(whole, file))), file).toBe(true);
  });

  it("is refused, naming the file, when a shard's file differs from its manifest", () => {
    const dirs = [1, 2, 3].map((shard) => join(work, `again-${shard}`));
    dirs.forEach((dir, i) => buildSite(["--shard", `${i + 1}/${SHARDS}`, "--output", dir]));
    writeFileSync(join(dirs[0]!, "index.html"), "changed");
    expect(() => buildSite(["--merge", "--output", join(work, "refused"), ...dirs])).toThrow(/index\.html of shard 1\/3 differs from what the shard wrote/);
    rmSync(join(dirs[2]!, "_shards"), { recursive: true });
    expect(() => buildSite(["--merge", "--output", join(work, "refused"), ...dirs.slice(0, 2)])).toThrow(/shard 3\/3 is missing/);
  });

  it("is refused when asked in another number of shards than the corpus needs", () => {
    expect(() => buildSite(["--shard", "1/2", "--output", join(work, "two")])).toThrow(/this corpus is built in 3 shard\(s\)/);
  });
});
