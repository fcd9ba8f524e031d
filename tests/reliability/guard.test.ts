/** Each file's failure stays that file's: rejected with the rule and the cause, never thrown. */
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Topic } from "../../pipeline/model/taxonomy.ts";
import { readFrontMatter } from "../../pipeline/model/front-matter.ts";
import { normalizeCorpus } from "../../pipeline/corpus/run.ts";
import { normalizeArticle } from "../../pipeline/article/normalize.ts";
import { renderArticle } from "../../pipeline/article/render/article.ts";
import { decodeRaw } from "../../pipeline/article/read/decode.ts";
import { MAX_HTML_BYTES, MAX_RAW_BYTES, sizeLimitOf } from "../../pipeline/article/read/limits.ts";
import { runDossier } from "../helpers/cli.ts";
import { sampleContext, taxonomy, taxonomyText, tempCorpus, TOPICS, sources } from "../helpers/corpus.ts";

/** The file the messages name. */
const FILE = "article.txt";

const bytes = (text: string) => new TextEncoder().encode(text);
const normalize = (name: string, text: string, topics: Topic[] = taxonomy) => normalizeArticle({ name, bytes: bytes(text) }, { ...sampleContext, taxonomy: topics });
const BODY = "US and Taliban officials met in Doha on Sunday to discuss detainees, Qatari mediators said.";

describe("normalizeArticle's guard", () => {
  it("turns an exception inside a step into a fatal message with its cause", () => {
    const broken = [{ id: "x", title: "X", description: "x", signals: null }] as unknown as Topic[];
    const result = normalize("a.txt", `Talks in Doha\n\n${BODY}\n`, broken);
    expect(result.record).toBeNull();
    expect("messages" in result && result.messages).toEqual([{ file: "a.txt", rule: "normalize:failed", reason: expect.stringMatching(/^normalizing the file stopped with TypeError: /), fatal: true }]);
  });
});

describe("normalizeCorpus's guard", () => {
  it("rejects an article that cannot be written (its title came out empty) and writes the others", async () => {
    const dirs = tempCorpus();
    writeFileSync(join(dirs.raw, "dots.txt"), `${".".repeat(1000)}\n\n${BODY}\n`);
    const report = await normalizeCorpus({ rawDir: dirs.raw, outDir: dirs.out, taxonomy, configText: taxonomyText, sources });
    const dots = report.files.find((file) => file.raw === "dots.txt")!;
    expect(dots).toMatchObject({ status: "rejected", article: null });
    expect(dots.messages.at(-1)).toEqual({ file: "dots.txt", rule: "render:invalid", reason: expect.stringMatching(/^the article cannot be written: title: /), fatal: true });
    const others = report.files.filter((file) => file.raw !== "dots.txt");
    expect(others.map((file) => file.status)).toEqual(others.map(() => "normalized"));
    expect(readdirSync(dirs.out).filter((name) => name.endsWith(".md"))).toHaveLength(others.length);
  });
});

describe("dates of front matter", () => {
  for (const date of ["0000-00-00", "2023-02-30", "2023-13-45"]) {
    it(`ignores published: "${date}" with a warning, and reads the date from the text instead`, () => {
      const { record } = normalize("a.txt", `---\npublished: "${date}"\n---\nTalks in Doha\nJune 3, 2024\n\n${BODY}\n`);
      expect(record!.published?.date).toBe("2024-06-03");
      expect(record!.messages).toContainEqual({ file: "a.txt", rule: "overrides:invalid", reason: "override 'published' ignored: not a date of the calendar", fatal: false });
    });
  }
  it("ignores developments with a date that is none, and keeps a leap day", () => {
    const { record } = normalize("a.txt", `---\npublished: "2024-02-29"\ndevelopments:\n  - { date: "2023-02-29", precision: day, text: "x" }\n---\nTalks in Doha\n\n${BODY}\n`);
    expect(record!.published?.date).toBe("2024-02-29");
    expect(record!.developments).not.toContainEqual(expect.objectContaining({ date: "2023-02-29" }));
    expect(record!.messages.map((message) => message.rule)).toContain("overrides:invalid");
  });
});

describe("control characters", () => {
  it("are removed from fields set in front matter, as they are from the text", () => {
    const { record } = normalize("a.txt", `---\ntitle: "Bad \\u0001 title\\x1b[31m"\nauthors: ["Jane\\u0007 Doe"]\nsource: "\\u0085Wire"\n---\nTalks in Doha\n\n${BODY}\u0002\n`);
    expect(record!.messages).toEqual([expect.objectContaining({ rule: "date:missing" })]);
    expect(record).toMatchObject({ title: "Bad  title[31m", authors: ["Jane Doe"], source: "Wire" });
    const written = renderArticle(record!, "talks-in-doha", null);
    expect(written).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|\\x|\\u00|\\e/);
    expect(readFrontMatter(written).data).toMatchObject({ title: "Bad  title[31m", authors: ["Jane Doe"], source: "Wire" });
  });
  it("are removed from what a page states in its markup", () => {
    const html = `<html><head><title>Talks&#1; in Doha</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Talks\\u0001 in Doha","author":{"@type":"Person","name":"Jane\\u001b Doe"},"datePublished":"2024-06-03"}</script></head><body><h1>Talks in Doha</h1><p>${BODY}</p></body></html>`;
    const { record } = normalize("a.html", html);
    expect(record!.title).toBe("Talks in Doha");
    expect(JSON.stringify(record)).not.toMatch(/\\u00[01]/);
  });
});

describe("size limits", () => {
  it("allows a page more bytes than a text", () => {
    expect(sizeLimitOf("page.html")).toBe(MAX_HTML_BYTES);
    expect(sizeLimitOf("page.txt")).toBe(MAX_RAW_BYTES);
    expect(MAX_HTML_BYTES).toBeGreaterThan(5 * 1024 * 1024);
    expect(decodeRaw(FILE, Buffer.alloc(MAX_RAW_BYTES + 1, "a"), MAX_HTML_BYTES).value).not.toBeNull();
  });
  it("rejects a page over its limit by name of the rule, with both sizes", () => {
    const result = normalizeArticle({ name: "huge.html", bytes: Buffer.alloc(MAX_HTML_BYTES + 1, "a") }, sampleContext);
    expect(result.record).toBeNull();
    expect("messages" in result && result.messages).toEqual([{ file: "huge.html", rule: "decode:too-large", reason: `the file has ${MAX_HTML_BYTES + 1} bytes; the limit is ${MAX_HTML_BYTES} (8 MiB)`, fatal: true }]);
  });
});

describe("dossier add on hostile files", () => {
  it("adds a page nested 10,000 levels deep and a text of 200,000 lines, and refuses a file with no title, naming it", async () => {
    const dirs = tempCorpus();
    const before = readdirSync(dirs.raw).length;
    const files = {
      deep: join(dirs.root, "deep.html"),
      lines: join(dirs.root, "lines.txt"),
      dots: join(dirs.root, "dots.txt"),
    };
    writeFileSync(files.deep, `<html><body>${"<div>".repeat(10_000)}<h1>Talks resume in Doha</h1><p>${BODY}</p>${"</div>".repeat(10_000)}</body></html>`);
    writeFileSync(files.lines, `Detainees freed in Doha\n\nQatari mediators said two detainees were freed in Doha on Monday after weeks of talks.\n\n${Array.from({ length: 200_000 }, (_, i) => `w ${i % 10}`).join("\n")}\n`);
    writeFileSync(files.dots, `${".".repeat(1000)}\n\nA third round of talks on frozen assets ended in Doha without a statement, diplomats said.\n`);
    const add = (file: string) => runDossier(["add", file, "--raw", dirs.raw, "--out", dirs.out, "--topics", TOPICS]);
    for (const file of [files.deep, files.lines]) {
      const result = await add(file);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/^Added /);
    }
    const refused = await add(files.dots);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`${files.dots}: error render:invalid: the article cannot be written: title:`);
    expect(refused.stderr).toContain(`${files.dots}: nothing was added`);
    expect(readdirSync(dirs.raw)).toHaveLength(before + 2);
  }, 60_000);
});
