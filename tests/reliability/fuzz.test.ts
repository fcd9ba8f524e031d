/**
 * Hundreds of hostile raw files, made here and never stored, in one corpus
 * with ordinary articles: normalize must end with its report and summary,
 * name every bad file with a rule and a reason, write every good one, and the
 * site must build from what it wrote.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hostileFiles } from "../../bench/hostile.ts";
import { writeCorpus } from "../../bench/generate.ts";
import { loadVocabulary } from "../../bench/vocabulary.ts";
import { readFrontMatter } from "../../pipeline/model/front-matter.ts";
import { isRealDate } from "../../pipeline/model/dates.ts";
import { runDossier, type CliResult } from "../helpers/cli.ts";
import { taxonomy, TOPICS } from "../helpers/corpus.ts";
import { buildSite, read } from "../site/build.ts";

interface Entry {
  raw: string;
  status: "normalized" | "unchanged" | "rejected" | "duplicate";
  article: string | null;
  messages: { rule: string; reason: string; fatal: boolean }[];
}

const hostile = hostileFiles();
const root = mkdtempSync(join(tmpdir(), "dossier-fuzz-"));
const raw = join(root, "raw");
const out = join(root, "articles");
const reportFile = join(root, "report.json");
let good: string[];
let run: CliResult;
let report: Map<string, Entry>;

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const isWritten = (entry: Entry) => entry.status === "normalized" || entry.status === "duplicate";

beforeAll(async () => {
  mkdirSync(raw);
  for (const file of hostile) writeFileSync(join(raw, file.name), file.bytes);
  good = writeCorpus(raw, 12, 40, { vocab: loadVocabulary(), taxonomy });
  copyFileSync(TOPICS, join(root, "topics.yaml"));
  copyFileSync("corpus/entities.yaml", join(root, "entities.yaml"));
  run = await runDossier(["normalize", "--raw", raw, "--out", out, "--topics", TOPICS, "--report", reportFile, "--allow-rejected"]);
  report = new Map((JSON.parse(readFileSync(reportFile, "utf8")).files as Entry[]).map((entry) => [entry.raw, entry]));
}, 300_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("normalize on a corpus of hostile files", () => {
  it("is given at least 300 of them, of every kind", () => {
    expect(hostile.length).toBeGreaterThanOrEqual(300);
    expect(new Set(hostile.map((file) => file.name)).size).toBe(hostile.length);
    expect(new Set(hostile.map((file) => file.kind)).size).toBeGreaterThanOrEqual(20);
  });

  it("ends with its summary and, as the build asks, exit status 0", () => {
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.code).toBe(0);
    const count = (status: string) => [...report.values()].filter((entry) => entry.status === status).length;
    expect(run.stdout.trim().split("\n").at(-1)).toBe(`${count("normalized")} normalized, 0 unchanged, ${count("rejected")} rejected, ${count("duplicate")} duplicates`);
  });

  it("reports every file, and names every rejected one with a rule and a reason", () => {
    expect(report.size).toBe(hostile.length + good.length);
    const rejected = [...report.values()].filter((entry) => entry.status === "rejected");
    expect(rejected.length).toBeGreaterThan(30);
    for (const entry of rejected) {
      const fatal = entry.messages.find((message) => message.fatal);
      expect(fatal, entry.raw).toMatchObject({ rule: expect.stringMatching(/^[a-z-]+:[a-z-]+$/), reason: expect.stringMatching(/\w{3}/) });
      expect(run.stderr).toContain(`${raw}/${entry.raw}: error ${fatal!.rule}: ${fatal!.reason}`);
    }
  });

  it("has a rule of its own for every failure: none falls through to the guard", () => {
    const guarded = [...report.values()].filter((entry) => entry.messages.some((message) => message.rule === "normalize:failed"));
    expect(guarded.map((entry) => entry.raw)).toEqual([]);
  });

  it("writes every good article and every hostile file that holds one", () => {
    const mustWrite = [...good, ...hostile.filter((file) => file.expect === "written").map((file) => file.name)];
    for (const name of mustWrite) {
      const entry = report.get(name)!;
      expect(isWritten(entry), `${name}: ${entry.status} ${entry.messages.map((m) => m.rule).join(", ")}`).toBe(true);
      expect(existsSync(entry.article!), name).toBe(true);
    }
  });

  it("rejects every file that holds no article", () => {
    for (const file of hostile.filter((each) => each.expect === "rejected")) expect(report.get(file.name)!.status, file.name).toBe("rejected");
  });

  it("writes no control character and no date outside the calendar", () => {
    const articles = readdirSync(out).filter((name) => name.endsWith(".md"));
    expect(articles.length).toBeGreaterThan(100);
    for (const name of articles) {
      const text = readFileSync(join(out, name), "utf8");
      expect(CONTROL.test(text), name).toBe(false);
      const { published, developments } = readFrontMatter(text).data as { published: string | null; developments: { date: string }[] };
      for (const date of [published, ...developments.map((development) => development.date)]) {
        if (date === null) continue;
        const [year, month, day] = date.split("-").map(Number);
        expect(isRealDate(year!, month ?? 1, day ?? 1), `${name}: ${date}`).toBe(true);
      }
    }
  });

  it("runs again on the same files, rejecting the same ones and skipping the rest", async () => {
    const again = await runDossier(["normalize", "--raw", raw, "--out", out, "--topics", TOPICS]);
    const count = (status: string) => [...report.values()].filter((entry) => entry.status === status).length;
    expect(again.code).toBe(1);
    expect(again.stdout.trim().split("\n").at(-1)).toBe(`0 normalized, ${count("normalized")} unchanged, ${count("rejected")} rejected, ${count("duplicate")} duplicates`);
  }, 300_000);
});

describe("the site built from that corpus", () => {
  it("builds every article and lists every rejected file and every unreadable article on the review page", () => {
    const ids = readdirSync(out)
      .filter((name) => name.endsWith(".md"))
      .map((name) => name.replace(/\.md$/, ""));
    // Generated files the site cannot use: one dated outside the calendar (as files written before that was checked), and a folder.
    const sample = readFileSync(join(out, `${ids[0]}.md`), "utf8");
    writeFileSync(join(out, "impossible-date.md"), sample.replace(/^id: .*$/m, "id: impossible-date").replace(/^published: .*$/m, "published: '2023-02-30'"));
    mkdirSync(join(out, "folder.md"));
    const site = buildSite({ corpus: root, report: reportFile });
    for (const id of ids) expect(existsSync(join(site, "articles", id, "index.html")), id).toBe(true);
    const review = read(site, "review/index.html");
    for (const entry of report.values()) if (entry.status === "rejected") expect(review, entry.raw).toContain(`<code>${entry.raw}</code>`);
    expect(review).toContain(`<code>${join(out, "impossible-date.md")}</code>: published: not a date of the calendar`);
    expect(review).toContain(`<code>${join(out, "folder.md")}</code>: cannot be read: EISDIR`);
    expect(existsSync(join(site, "articles", "impossible-date"))).toBe(false);
    expect(existsSync(join(site, "pagefind"))).toBe(true);
    rmSync(site, { recursive: true, force: true });
  }, 300_000);
});
