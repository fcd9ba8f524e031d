import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { writeCorpus } from "../../bench/generate.ts";
import { loadVocabulary } from "../../bench/vocabulary.ts";
import { bundledEntry } from "../../pipeline/launcher/bundle/load.js";
import { fileStat } from "../../pipeline/corpus/files.ts";
import { normalizeInPool } from "../../pipeline/corpus/pool.ts";
import { inThisThread, normalizeCorpus } from "../../pipeline/corpus/run.ts";
import { developmentsOf, generated, sampleContext, snapshot, taxonomy, taxonomyText, tempCorpus, sources } from "../helpers/corpus.ts";

const exec = promisify(execFile);

// Workers start from the bundle, as the launcher starts them.
const worker = await bundledEntry("pool-worker.js");

/** The samples plus synthetic articles: four languages, Windows-1252, wrapped lines, duplicates. */
function mixedCorpus(count: number) {
  const dirs = tempCorpus();
  writeCorpus(dirs.raw, 7, count, { vocab: loadVocabulary(), taxonomy });
  return dirs;
}

const run = (dirs: { raw: string; out: string }, normalizeAll = inThisThread) =>
  normalizeCorpus({ rawDir: dirs.raw, outDir: dirs.out, taxonomy, configText: taxonomyText, sources, normalizeAll });

describe("normalizeInPool", () => {
  it("writes byte-identical output to the sequential path", async () => {
    const sequential = mixedCorpus(70);
    const pooled = mixedCorpus(70);
    await run(sequential);
    const report = await run(pooled, normalizeInPool({ worker, size: 2, batch: 3, minimum: 0, alsoHere: false }));
    expect(report.files.filter((file) => file.status === "duplicate").length).toBeGreaterThan(0);
    expect(generated(pooled.out)).toEqual(generated(sequential.out));
  });

  it("hands back from the workers what merging reads of each article, to the same developments", async () => {
    const [sequential, pooled] = [mixedCorpus(40), mixedCorpus(40)];
    const merged = (dirs: { root: string; raw: string; out: string }, normalizeAll = inThisThread) =>
      normalizeCorpus({ rawDir: dirs.raw, outDir: dirs.out, taxonomy, configText: taxonomyText, sources, developments: developmentsOf(dirs.root), normalizeAll });
    await merged(sequential);
    await merged(pooled, normalizeInPool({ worker, size: 2, batch: 3, minimum: 0, alsoHere: false }));
    const made = (dirs: { root: string }) => ["developments.json", ".dossier-developments-cache.json"].map((name) => readFileSync(join(dirs.root, name), "utf8").split("\n").slice(-1)[0]);
    expect(made(pooled)).toEqual(made(sequential));
  });

  it("hands back what merging reads of each article, then the metadata of every file written, as this thread alone would write them", async () => {
    const { raw, out } = mixedCorpus(12);
    mkdirSync(out, { recursive: true });
    const raws = Object.entries(snapshot(raw)).map(([name, text]) => ({ name, bytes: Buffer.from(text, "latin1") }));
    const settings = sampleContext;
    // Two workers, so that the files of this thread are dealt out between them.
    const held = await normalizeInPool({ worker, size: 3, batch: 1, minimum: 0 })(raws, settings);
    const local = await inThisThread(raws, settings);
    const articles = held.results.flatMap((result, index) => (result.record ? [{ index, id: `a${index}`, duplicateOf: null, file: join(out, `a${index}.md`), present: null, merged: true }] : []));
    // The text an article's file holds already is not written again.
    const expected = await local.write(articles.map((article) => ({ ...article, file: join(out, `expected-${article.index}.md`) }))).rendered;
    const unchanged = articles[3]!;
    const present = (expected[3] as { output_sha256: string }).output_sha256;
    const { rendered, written } = held.write(articles.map((article) => (article === unchanged ? { ...article, present } : article)));
    const results = await rendered;
    const stats = await written;
    await held.close();
    expect(results.map((result) => ("mergeInput" in result ? result.mergeInput : null))).toEqual(expected.map((result) => ("mergeInput" in result ? result.mergeInput : null)));
    expect(results.filter((result) => "changed" in result && !result.changed)).toHaveLength(1);
    articles.forEach((article, k) => {
      if (article === unchanged) return expect([stats[k], existsSync(article.file)]).toEqual([null, false]);
      expect(readFileSync(article.file, "utf8")).toBe(readFileSync(join(out, `expected-${article.index}.md`), "utf8"));
      expect(stats[k]).toEqual(fileStat(statSync(article.file)));
    });
  });

  it("returns results in input order however batches finish", async () => {
    const { raw } = mixedCorpus(20);
    const raws = Object.entries(snapshot(raw)).map(([name, text]) => ({ name, bytes: Buffer.from(text, "latin1") }));
    const pooled = await normalizeInPool({ worker, size: 2, batch: 1, minimum: 0, alsoHere: false })(raws, { taxonomy, entities: null });
    await pooled.close();
    expect(pooled.results.map((result) => result.record?.raw)).toEqual(raws.map((r) => r.name));
    expect(pooled.results).toEqual((await inThisThread(raws, { taxonomy, entities: null })).results);
  });

  it("shares the work between this thread and workers to the same bytes", async () => {
    const sequential = mixedCorpus(70);
    const shared = mixedCorpus(70);
    await run(sequential);
    await run(shared, normalizeInPool({ worker, size: 3, batch: 2, minimum: 0 }));
    expect(generated(shared.out)).toEqual(generated(sequential.out));
  });

  it("starts workers for a few large pages, by their bytes, and none for as many small ones", async () => {
    const { raw } = mixedCorpus(3);
    const raws = Object.entries(snapshot(raw)).map(([name, text]) => ({ name, bytes: Buffer.from(text, "latin1") }));
    const bytes = raws.reduce((sum, each) => sum + each.bytes.length, 0);
    // A worker that cannot start shows whether one was asked for.
    const pool = (minimumBytes: number) => normalizeInPool({ worker: new URL("./no-such-worker.js", import.meta.url).href, size: 2, batch: 1, minimumBytes, alsoHere: false });
    await expect(pool(bytes + 1)(raws, { taxonomy, entities: null }).then((held) => held.close())).resolves.toBeUndefined();
    await expect(pool(bytes)(raws, { taxonomy, entities: null })).rejects.toThrow();
  });

  it("reports progress up to the last article", async () => {
    const { raw } = mixedCorpus(10);
    const raws = Object.entries(snapshot(raw)).map(([name, text]) => ({ name, bytes: Buffer.from(text, "latin1") }));
    const seen: number[] = [];
    await (await normalizeInPool({ worker, size: 2, batch: 4, minimum: 0 })(raws, { taxonomy, entities: null }, (done) => seen.push(done))).close();
    expect(seen.at(-1)).toBe(raws.length);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });
});

// Both ways of starting the CLI give the pool its workers.
describe.each([
  ["npx dossier", (raw: string, out: string) => exec("npx", ["--no-install", "dossier", "normalize", "--raw", raw, "--out", out, "--workers", "2"])],
  ["npm run normalize", (raw: string, out: string) => exec("npm", ["run", "--silent", "normalize", "--", "--raw", raw, "--out", out, "--workers", "2"])],
])("%s --workers 2", (_, cli) => {
  it("normalizes through worker threads to the same bytes as in process", async () => {
    // As the CLI runs it: with the corpus's entity table, which the articles' cache is stamped with.
    const expected = mixedCorpus(80);
    await normalizeCorpus({ rawDir: expected.raw, outDir: expected.out, taxonomy, configText: taxonomyText, sources, developments: developmentsOf(expected.root) });
    const dirs = mixedCorpus(80);
    const { stdout } = await cli(dirs.raw, dirs.out);
    expect(stdout).toMatch(/^\d+ normalized, 0 unchanged, 0 rejected, \d+ duplicates$/m);
    expect(generated(dirs.out)).toEqual(generated(expected.out));
    expect(readFileSync(join(dirs.root, "developments.json"), "utf8")).toBe(readFileSync(join(expected.root, "developments.json"), "utf8"));
  });
});
