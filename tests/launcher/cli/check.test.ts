import { spawnSync } from "node:child_process";
import { appendFileSync, cpSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { normalizeCorpus } from "../../../pipeline/corpus/run.ts";
import { runDossier } from "../../helpers/cli.ts";
import { developmentsOf, snapshot, taxonomy, taxonomyText, tempCorpus, sources } from "../../helpers/corpus.ts";

const TOPICS = resolve("corpus/topics.yaml");
const ORIGINAL = "001_faf9f95335c46c0a.txt";

/** A normalized copy of the sample corpus and a `dossier check` bound to it. */
async function corpus() {
  const dirs = tempCorpus();
  await normalizeCorpus({ rawDir: dirs.raw, outDir: dirs.out, taxonomy, configText: taxonomyText, sources, developments: developmentsOf(dirs.root) });
  const check = (topics = TOPICS) => runDossier(["check", "--raw", dirs.raw, "--out", dirs.out, "--topics", topics]);
  const articleOf = (raw: string) => {
    const name = Object.entries(snapshot(dirs.out)).find(([, text]) => text.includes(`raw: corpus/raw/${raw}\n`))![0];
    return join(dirs.out, name);
  };
  return { ...dirs, check, articleOf };
}

const errorLines = (stdout: string) => stdout.split("\n").filter((line) => line.includes(": error "));

describe("dossier check", () => {
  it("passes a freshly normalized corpus, listing undated articles and derived titles as warnings", async () => {
    const c = await corpus();
    const result = await c.check();
    expect(result.code, result.stdout).toBe(0);
    expect(errorLines(result.stdout)).toEqual([]);
    expect(result.stdout).toMatch(/: warning check:undated: /);
    expect(result.stdout).toMatch(/: warning check:title-derived: /);
    expect(result.stdout).toMatch(/^5 articles checked: 0 errors, \d+ warnings$/m);
  });

  it("names a temporary file an interrupted run left, and leaves it for normalize to remove", async () => {
    const c = await corpus();
    const gone = spawnSync(process.execPath, ["-e", ""]).pid!;
    const left = join(c.out, `2023-06-06-talks.md.${gone}.0a1b2c3d.tmp`);
    writeFileSync(left, "");
    const result = await c.check();
    expect(result.code).toBe(1);
    expect(errorLines(result.stdout)).toEqual([`${left}: error check:leftover: a temporary file left by an interrupted run; \`npx dossier normalize\` removes it`]);
    expect(existsSync(left)).toBe(true);
  });

  it("writes nothing", async () => {
    const c = await corpus();
    appendFileSync(join(c.raw, ORIGINAL), "\nOne more paragraph that makes the article stale.\n");
    const before = { raw: snapshot(c.raw), out: snapshot(c.out) };
    await c.check();
    expect({ raw: snapshot(c.raw), out: snapshot(c.out) }).toEqual(before);
  });

  it("finds an article that is stale against its raw file", async () => {
    const c = await corpus();
    appendFileSync(join(c.raw, ORIGINAL), "\nOne more paragraph that makes the article stale.\n");
    const result = await c.check();
    expect(result.code).toBe(1);
    expect(errorLines(result.stdout)).toEqual([`${c.articleOf(ORIGINAL)}: error check:stale: differs from what its raw file and the taxonomy give now; run \`npx dossier normalize\``]);
  });

  it("finds articles that are stale against the taxonomy", async () => {
    const c = await corpus();
    const topics = join(c.root, "topics.yaml");
    // The first topic (Qatar's mediation) loses its English signals.
    writeFileSync(topics, readFileSync(TOPICS, "utf8").replace(/^ {6}en: \[.*\]$/m, "      en: [no such signal]"));
    const result = await c.check(topics);
    expect(result.code).toBe(1);
    expect(errorLines(result.stdout).some((line) => line.includes("error check:stale"))).toBe(true);
  });

  it("finds a raw file with no generated article", async () => {
    const c = await corpus();
    writeFileSync(join(c.raw, "new.txt"), "Talks resume in Doha\n\nJune 3, 2024\n\nUS and Taliban officials met in Doha on Sunday, Qatari mediators said.\n");
    const result = await c.check();
    expect(errorLines(result.stdout)).toEqual([
      `${join(c.out, "2024-06-03-talks-resume-in-doha.md")}: error check:missing: is not generated yet; run \`npx dossier normalize\``,
      `${join(c.root, "developments.json")}: error check:stale: differs from what the articles and the entity table give now; run \`npx dossier normalize\``,
    ]);
  });

  it("finds an article whose raw file is gone", async () => {
    const c = await corpus();
    const article = c.articleOf(ORIGINAL);
    rmSync(join(c.raw, ORIGINAL));
    const result = await c.check();
    expect(errorLines(result.stdout)).toEqual([
      `${article}: error check:orphan: its raw file is gone; run \`npx dossier normalize\` to remove it`,
      `${join(c.root, "developments.json")}: error check:stale: differs from what the articles and the entity table give now; run \`npx dossier normalize\``,
    ].sort());
  });

  it("finds a hand-edited article", async () => {
    const c = await corpus();
    const article = c.articleOf(ORIGINAL);
    writeFileSync(article, readFileSync(article, "utf8").replace(/^language: en$/m, "language: fr"));
    const result = await c.check();
    expect(result.code).toBe(1);
    expect(errorLines(result.stdout)).toEqual([`${article}: error check:hand-edited: changed after it was generated; put corrections in the raw file's front matter instead`]);
  });

  it("finds a hand-edited developments file, and a developments file that is missing", async () => {
    const c = await corpus();
    const developments = join(c.root, "developments.json");
    writeFileSync(developments, readFileSync(developments, "utf8").replace('"background": false', '"background": true'));
    const edited = await c.check();
    expect(edited.code).toBe(1);
    expect(errorLines(edited.stdout)).toEqual([`${developments}: error check:hand-edited: changed after it was generated; put corrections in the raw files' front matter instead`]);
    rmSync(developments);
    expect(errorLines((await c.check()).stdout)).toEqual([`${developments}: error check:missing: is not generated yet; run \`npx dossier normalize\``]);
  });

  it("finds a topic the taxonomy no longer has", async () => {
    const c = await corpus();
    const topics = join(c.root, "topics.yaml");
    const text = readFileSync(TOPICS, "utf8");
    writeFileSync(topics, text.replace(/ {2}- id: frozen-assets\n[\s\S]*?(?=\n {2}- id: |\n*$)/, ""));
    const result = await c.check(topics);
    expect(errorLines(result.stdout).filter((line) => line.includes("check:topic"))[0]).toMatch(/: error check:topic: topic 'frozen-assets' is not in the taxonomy$/);
  });

  it("finds an unresolved duplicate", async () => {
    const c = await corpus();
    cpSync(join(c.raw, ORIGINAL), join(c.raw, "copy.txt"));
    await normalizeCorpus({ rawDir: c.raw, outDir: c.out, taxonomy, configText: taxonomyText, sources, developments: developmentsOf(c.root) });
    const result = await c.check();
    expect(result.code).toBe(1);
    expect(errorLines(result.stdout)).toEqual([expect.stringMatching(/: error check:duplicate: corpus\/raw\/copy\.txt is a copy of article '2023-06-05-[a-z-]+'; delete one of the two raw files$/)]);
  });

  it("finds a raw file the normalizer rejects, naming the raw file", async () => {
    const c = await corpus();
    writeFileSync(join(c.raw, "blank.txt"), "  \n\n");
    const result = await c.check();
    expect(errorLines(result.stdout)).toEqual([`${join(c.raw, "blank.txt")}: error check:rejected: decode:empty: the file holds only white space`]);
  });
});
