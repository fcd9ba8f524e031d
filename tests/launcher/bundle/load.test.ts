import { execFile } from "node:child_process";
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { bundledEntry } from "../../../pipeline/launcher/bundle/load.js";
import { cacheStamp } from "../../../pipeline/corpus/cache.ts";
import { normalizeCorpus } from "../../../pipeline/corpus/run.ts";
import { developmentsOf, generated, taxonomy, taxonomyText, tempCorpus, sources } from "../../helpers/corpus.ts";

const exec = promisify(execFile);

/** A copy of the project, sharing its installed packages, with a bundle cache of its own. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), "dossier-project-"));
  for (const name of ["bin", "pipeline", "corpus", "package.json", "package-lock.json", "tsconfig.json"]) cpSync(name, join(root, name), { recursive: true });
  mkdirSync(join(root, "node_modules"));
  for (const name of readdirSync("node_modules").filter((each) => each !== ".cache")) symlinkSync(resolve("node_modules", name), join(root, "node_modules", name));
  return root;
}

const dossier = (root: string, ...args: string[]) => exec(process.execPath, [join(root, "bin/dossier.js"), ...args], { cwd: root });
const bundles = (root: string) => readdirSync(join(root, "node_modules/.cache/dossier")).filter((name) => name.startsWith("bundle-"));

describe("bundledEntry", () => {
  it("bundles on first use and reuses the bundle while nothing changed", async () => {
    const root = project();
    const first = await bundledEntry("main.js", root);
    expect(await bundledEntry("main.js", root)).toBe(first);
    expect(bundles(root)).toHaveLength(1);
  });

  it("bundles again after a source was edited", async () => {
    const root = project();
    const first = await bundledEntry("main.js", root);
    appendFileSync(join(root, "pipeline/launcher/cli/progress.ts"), "\n// edited\n");
    expect(await bundledEntry("main.js", root)).not.toBe(first);
  });

  it("removes bundles made more than an hour before a new one, and keeps recent ones that runs may still use", async () => {
    const root = project();
    const cache = join(root, "node_modules/.cache/dossier");
    mkdirSync(join(cache, "bundle-old"), { recursive: true });
    mkdirSync(join(cache, "bundle-recent"));
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(join(cache, "bundle-old"), twoHoursAgo, twoHoursAgo);
    await bundledEntry("main.js", root);
    expect(bundles(root)).toContain("bundle-recent");
    expect(bundles(root)).not.toContain("bundle-old");
    expect(bundles(root)).toHaveLength(2);
  });
});

describe("bin/dossier.js", () => {
  it("runs the code as edited, without a build step", async () => {
    const root = project();
    expect((await dossier(root, "--help")).stdout).toMatch(/^Usage:/);
    const main = join(root, "pipeline/launcher/cli/main.ts");
    writeFileSync(main, readFileSync(main, "utf8").replace(`["Usage:"`, `["Usage of the edited command:"`));
    expect((await dossier(root, "--help")).stdout).toMatch(/^Usage of the edited command:/);
  });

  it("lets runs that start together each use a whole bundle", async () => {
    const root = project();
    const runs = await Promise.all([1, 2, 3].map(() => dossier(root, "--help")));
    expect(runs.map((run) => run.stdout)).toEqual(runs.map(() => runs[0]!.stdout));
    expect(runs[0]!.stdout).toMatch(/^Usage:/);
  });

  it("normalizes to the same files as the unbundled pipeline, cache stamp included", async () => {
    const root = project();
    const bundled = tempCorpus();
    const unbundled = tempCorpus();
    await dossier(root, "normalize", "--raw", bundled.raw, "--out", bundled.out);
    // With the corpus's entity table, as the command reads it, which the stamp includes.
    const developments = developmentsOf(unbundled.root);
    await normalizeCorpus({ rawDir: unbundled.raw, outDir: unbundled.out, taxonomy, configText: taxonomyText, sources, developments });
    expect(generated(bundled.out)).toEqual(generated(unbundled.out));
    expect(JSON.parse(readFileSync(join(bundled.out, ".dossier-cache.json"), "utf8")).stamp).toBe(cacheStamp(sources, taxonomyText, developments.entitiesText));
  });

  it("gives a new cache stamp once a pipeline source changed, so every article is normalized again", async () => {
    const root = project();
    const dirs = tempCorpus();
    const run = () => dossier(root, "normalize", "--raw", dirs.raw, "--out", dirs.out);
    expect((await run()).stdout).toMatch(/^5 normalized, 0 unchanged/m);
    expect((await run()).stdout).toMatch(/^0 normalized, 5 unchanged/m);
    appendFileSync(join(root, "pipeline/article/dates/lexicon.json"), "\n");
    const stamp = JSON.parse(readFileSync(join(dirs.out, ".dossier-cache.json"), "utf8")).stamp;
    // The output is the same, but every article was read again under the new stamp.
    expect((await run()).stdout).toMatch(/^0 normalized, 5 unchanged/m);
    expect(JSON.parse(readFileSync(join(dirs.out, ".dossier-cache.json"), "utf8")).stamp).not.toBe(stamp);
  });

  it("normalizes a copy of the sample corpus, bundling first and on two threads, to the committed articles and developments", async () => {
    const root = project();
    const corpus = mkdtempSync(join(tmpdir(), "dossier-corpus-"));
    cpSync("corpus/raw", join(corpus, "raw"), { recursive: true });
    const { stdout } = await dossier(root, "normalize", "--raw", join(corpus, "raw"), "--out", join(corpus, "articles"), "--workers", "2");
    expect(stdout).toBe("5 normalized, 0 unchanged, 0 rejected, 0 duplicates\n");
    expect(bundles(root)).toHaveLength(1);
    const articles = (dir: string) => Object.fromEntries(readdirSync(dir).filter((name) => name.endsWith(".md")).map((name) => [name, readFileSync(join(dir, name), "utf8")]));
    expect(articles(join(corpus, "articles"))).toEqual(articles("corpus/articles"));
    expect(readFileSync(join(corpus, "developments.json"), "utf8")).toBe(readFileSync("corpus/developments.json", "utf8"));
  });
});
