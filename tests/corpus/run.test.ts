import { appendFileSync, cpSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { normalizeCorpus } from "../../pipeline/corpus/run.ts";
import { parseEntities } from "../../pipeline/model/entities.ts";
import { developmentsOf, snapshot, taxonomy, taxonomyText, tempCorpus, sources } from "../helpers/corpus.ts";

const run = (dirs: { raw: string; out: string }, force = false) =>
  normalizeCorpus({ rawDir: dirs.raw, outDir: dirs.out, taxonomy, configText: taxonomyText, sources, force });

const articles = (out: string) => readdirSync(out).filter((name) => name.endsWith(".md"));
/** The merge cache's lines of what merging read of each article: after its header and the line opening them, up to the memberships. */
const articleLines = (cacheFile: string) => {
  const lines = readFileSync(cacheFile, "utf8").split("\n");
  return lines.slice(2, lines.indexOf('},"memberships":['));
};
const statuses = (report: Awaited<ReturnType<typeof run>>) => Object.fromEntries(report.files.map((file) => [file.raw, file.status]));

describe("normalizeCorpus", () => {
  it("writes one article per raw file and reports each as normalized", async () => {
    const dirs = tempCorpus();
    const report = await run(dirs);
    expect(report.files.map((file) => file.status)).toEqual(Array(5).fill("normalized"));
    expect(articles(dirs.out)).toHaveLength(5);
    expect(report.files[0]!.article).toBe(join(dirs.out, "2023-06-06-significance-of-meeting-between-qatari-fm-and-taliban-leader.md"));
  });

  it("skips every file on a second run and leaves the output byte-identical", async () => {
    const dirs = tempCorpus();
    await run(dirs);
    const before = snapshot(dirs.out);
    const report = await run(dirs);
    expect(report.files.map((file) => file.status)).toEqual(Array(5).fill("unchanged"));
    expect(snapshot(dirs.out)).toEqual(before);
  });

  it("writes byte-identical articles in two separate runs, forced or not", async () => {
    const first = tempCorpus();
    const second = tempCorpus();
    await run(first);
    await run(second);
    await run(second, true);
    const strip = (files: Record<string, string>) => Object.fromEntries(Object.entries(files).filter(([name]) => name.endsWith(".md")));
    expect(strip(snapshot(second.out))).toEqual(strip(snapshot(first.out)));
  });

  it("never modifies a raw file", async () => {
    const dirs = tempCorpus();
    const before = snapshot(dirs.raw);
    await run(dirs);
    await run(dirs, true);
    expect(snapshot(dirs.raw)).toEqual(before);
  });

  it("rejects broken files by name and reason and still normalizes the others", async () => {
    const dirs = tempCorpus();
    writeFileSync(join(dirs.raw, "empty.txt"), "");
    writeFileSync(join(dirs.raw, "image.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    writeFileSync(join(dirs.raw, "huge.txt"), "word ".repeat(500_000));
    const report = await run(dirs);
    const byName = Object.fromEntries(report.files.map((file) => [file.raw, file]));
    expect(byName["empty.txt"]!.messages).toEqual([{ file: "empty.txt", rule: "decode:empty", reason: "the file is empty", fatal: true }]);
    expect(byName["image.txt"]!.messages[0]!.rule).toBe("decode:binary");
    expect(byName["huge.txt"]!.messages[0]!.rule).toBe("decode:too-large");
    expect(report.files.filter((file) => file.status === "normalized")).toHaveLength(5);
    expect(articles(dirs.out)).toHaveLength(5);
  });

  it("keeps an article already written when its raw file turns bad", async () => {
    const dirs = tempCorpus();
    await run(dirs);
    const before = snapshot(dirs.out);
    writeFileSync(join(dirs.raw, "002_94db9f70faed8889.txt"), "");
    const report = await run(dirs);
    expect(statuses(report)["002_94db9f70faed8889.txt"]).toBe("rejected");
    const after = snapshot(dirs.out);
    for (const name of articles(dirs.out)) expect(after[name]).toBe(before[name]);
  });

  it("refuses to overwrite a hand-edited article and says how to correct it instead", async () => {
    const dirs = tempCorpus();
    const first = await run(dirs);
    const file = first.files[2]!.article!;
    appendFileSync(file, "\nA sentence added by hand.\n");
    const edited = readFileSync(file, "utf8");
    const report = await run(dirs, true);
    expect(report.files[2]!.status).toBe("rejected");
    expect(report.files[2]!.messages.at(-1)).toMatchObject({ rule: "output:hand-edited", fatal: true });
    expect(report.files[2]!.messages.at(-1)!.reason).toContain("front matter");
    expect(readFileSync(file, "utf8")).toBe(edited);
  });

  it("finds a hand edit of the same size whose modification time was set back, on a run that is not forced", async () => {
    const dirs = tempCorpus();
    const first = await run(dirs);
    await run(dirs);
    const file = first.files[2]!.article!;
    const { atime, mtime } = statSync(file);
    const text = readFileSync(file, "utf8");
    writeFileSync(file, text.replace("Taliban", "taliban"));
    utimesSync(file, atime, mtime);
    const report = await run(dirs);
    expect(report.files[2]!.status).toBe("rejected");
    expect(report.files[2]!.messages.at(-1)).toMatchObject({ rule: "output:hand-edited" });
  });

  it("keeps an article's id when a correction changes its title", async () => {
    const dirs = tempCorpus();
    const first = await run(dirs);
    const raw = join(dirs.raw, "003_1cc6fc7d1df7e74c.txt");
    writeFileSync(raw, `---\ntitle: US and Taliban envoys to meet in Doha\n---\n${readFileSync(raw, "utf8")}`);
    const second = await run(dirs);
    expect(second.files[3]!.article).toBe(first.files[3]!.article);
    expect(readFileSync(second.files[3]!.article!, "utf8")).toContain("title: US and Taliban envoys to meet in Doha");
  });

  it("reports a republished copy with other page chrome as a duplicate of the first", async () => {
    const dirs = tempCorpus();
    await run(dirs);
    const original = readFileSync(join(dirs.raw, "001_faf9f95335c46c0a.txt"), "utf8");
    writeFileSync(join(dirs.raw, "republished.txt"), `Home | World | Politics | Business\n\n${original}\n\nShare this article\n© 2023 Other Outlet. All rights reserved.\n`);
    const report = await run(dirs);
    const copy = report.files.find((file) => file.raw === "republished.txt")!;
    expect(copy.status).toBe("duplicate");
    expect(copy.duplicate_of).toBe("2023-06-05-what-was-qatari-prime-ministers-message-to-taliban-leader");
    expect(readFileSync(copy.article!, "utf8")).toMatch(/^duplicate_of: 2023-06-05-what-was-qatari/m);
  });

  it("removes the article of a raw file that was deleted", async () => {
    const dirs = tempCorpus();
    const first = await run(dirs);
    rmSync(join(dirs.raw, "004_288c9b2453ba9e47.txt"));
    const report = await run(dirs);
    expect(report.removed).toEqual([first.files[4]!.article]);
    expect(articles(dirs.out)).toHaveLength(4);
  });

  it("removes the temporary files of a killed run (named as now or as before), and leaves those of a run still going", async () => {
    const dirs = tempCorpus();
    await run(dirs);
    const gone = spawnSync(process.execPath, ["-e", ""]).pid!;
    const left = [`2023-06-06-talks.md.${gone}.0a1b2c3d.tmp`, `.dossier-cache.json.${gone}.00ff00ff.tmp`, "2023-06-05-talks.md.9c0ffee1.tmp"];
    const running = `2023-06-06-talks.md.${process.ppid}.0a1b2c3d.tmp`;
    for (const name of [...left, running]) writeFileSync(join(dirs.out, name), "");
    await run(dirs);
    expect(readdirSync(dirs.out).filter((name) => name.endsWith(".tmp"))).toEqual([running]);
  });

  it("leaves no temporary file behind", async () => {
    const dirs = tempCorpus();
    await run(dirs);
    expect(readdirSync(dirs.out).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });
});

/** The story fixture as a corpus of its own, normalized by `normalize`, with its developments file and merge cache. */
function storyCorpus() {
  const dirs = tempCorpus();
  cpSync("tests/fixtures/story", dirs.raw, { recursive: true });
  const developments = developmentsOf(dirs.root);
  const normalize = () => normalizeCorpus({ rawDir: dirs.raw, outDir: dirs.out, taxonomy, configText: taxonomyText, sources, developments });
  return { dirs, developments, normalize, cacheFile: join(dirs.root, ".dossier-developments-cache.json") };
}

describe("normalizeCorpus with developments", () => {
  it("merges what it wrote from the same inputs, to the same developments, as when every article is read back from its file", async () => {
    const { developments, normalize, cacheFile } = storyCorpus();
    const first = await normalize();
    expect(first.files.some((file) => file.status === "normalized")).toBe(true);
    const inputs = () => articleLines(cacheFile).join("\n");
    const fromTheRun = readFileSync(developments.file, "utf8");
    const inputsFromTheRun = inputs();
    rmSync(developments.file);
    rmSync(cacheFile);
    // Nothing is normalized again, so the merge reads every article from its file.
    const second = await normalize();
    expect(second.files.every((file) => file.status !== "normalized")).toBe(true);
    expect(inputs()).toBe(inputsFromTheRun);
    expect(readFileSync(developments.file, "utf8")).toBe(fromTheRun);
    expect(JSON.parse(fromTheRun).developments.length).toBeGreaterThan(5);
  });

  it("after a change, rewrites the cache's lines of the articles it changed and writes the others as they were, as a merge afresh writes them", async () => {
    const { dirs, developments, normalize, cacheFile } = storyCorpus();
    await normalize();
    const before = articleLines(cacheFile);
    appendFileSync(join(dirs.raw, "wire-en.txt"), "\nThe envoys are to meet again in Doha next month, officials said.\n");
    await normalize();
    const after = articleLines(cacheFile);
    // The wire story's old hash and its new one: one line or two.
    const rewritten = after.filter((line) => !before.includes(line));
    expect(rewritten.length).toBeGreaterThanOrEqual(1);
    expect(before.filter((line) => !after.includes(line)).length).toBeLessThanOrEqual(2);
    expect(after.length - rewritten.length).toBeGreaterThan(0);
    rmSync(cacheFile);
    await normalize();
    expect(articleLines(cacheFile)).toEqual(after);
  });

  it("after an article is removed or added, writes from the cache's places in the file what a merge of everything writes", async () => {
    const { dirs, developments, normalize, cacheFile } = storyCorpus();
    const german = readFileSync(join(dirs.raw, "zeitung-de.txt"));
    /** The file a merge of every article gives from `previous`, the file as it stood: without the cache, so nothing is taken from where the file had it. */
    const mergedAfresh = async (previous: string) => {
      writeFileSync(developments.file, previous);
      rmSync(cacheFile);
      await normalize();
      return readFileSync(developments.file, "utf8");
    };
    await normalize();
    const all = readFileSync(developments.file, "utf8");
    rmSync(join(dirs.raw, "zeitung-de.txt"));
    await normalize();
    const removed = readFileSync(developments.file, "utf8");
    expect(removed).not.toBe(all);
    expect(await mergedAfresh(all)).toBe(removed);
    writeFileSync(join(dirs.raw, "zeitung-de.txt"), german);
    await normalize();
    const added = readFileSync(developments.file, "utf8");
    expect(added).not.toBe(removed);
    expect(await mergedAfresh(removed)).toBe(added);
  });

  it("normalizes the articles again when the entity table changes: what it knows of places decides who is a person", async () => {
    const dirs = tempCorpus();
    writeFileSync(join(dirs.raw, "dateline.txt"), "Talks resume in Doha\nBy Doha Qatar\n12 March 2024\n\nSenior officials met in Doha on Tuesday to discuss the release of detainees, mediators said.\n");
    const withTable = (entitiesText: string) => ({ ...developmentsOf(dirs.root), entities: parseEntities(entitiesText, "entities.yaml"), entitiesText });
    const people = "merge: {actors: [person], places: [city], similarity: 0.5}\nentities:\n  - id: jane-doe\n    kind: person\n    names: [Jane Doe]\n";
    const article = () => readFileSync(join(dirs.out, articles(dirs.out).find((name) => name.includes("talks-resume"))!), "utf8");
    await normalizeCorpus({ rawDir: dirs.raw, outDir: dirs.out, taxonomy, configText: taxonomyText, sources, developments: withTable(people) });
    expect(article()).toContain("- Doha Qatar");
    const places = `${people}  - id: doha\n    kind: city\n    names: [Doha]\n  - id: qatar\n    kind: country\n    names: [Qatar]\n`;
    const second = await normalizeCorpus({ rawDir: dirs.raw, outDir: dirs.out, taxonomy, configText: taxonomyText, sources, developments: withTable(places) });
    expect(statuses(second)["dateline.txt"]).toBe("normalized");
    expect(article()).not.toContain("Doha Qatar");
  });
});
