import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadArticles, parseArticle, renderArticleBody } from "../../../src/_model/articles.ts";

const FIXTURE = "tests/fixtures/site-corpus/articles/qatar-hosts-talks.md";
const valid = readFileSync(FIXTURE, "utf8");

describe("parseArticle", () => {
  it("reads front matter that matches the schema, dates kept as strings", () => {
    const parsed = parseArticle(valid, "a.md");
    expect("article" in parsed && parsed.article.published).toBe("2023-06-06");
  });
  it("reads an unquoted date as a string, as YAML 1.2 does", () => {
    const parsed = parseArticle(valid.replace('published: "2023-06-06"', "published: 2023-06-06"), "a.md");
    expect("article" in parsed && parsed.article.published).toBe("2023-06-06");
  });
  it("reports a file that fails the schema with its name and the field", () => {
    expect(parseArticle(valid.replace("language: en", "language: english"), "bad.md")).toEqual({
      invalid: { file: "bad.md", rule: "article:schema", reason: "language: expected an ISO 639-1 code", fatal: true },
    });
  });
  it("reports an impossible date as a file that fails the schema", () => {
    expect(parseArticle(valid.replace('published: "2023-06-06"', 'published: "2023-02-30"'), "bad.md")).toEqual({
      invalid: { file: "bad.md", rule: "article:schema", reason: "published: not a date of the calendar", fatal: true },
    });
  });
  it("reads a file written with control characters without them", () => {
    const parsed = parseArticle(valid.replace(/^title: .*$/m, 'title: "Qatar \\u0001hosts\\x1b talks"'), "a.md");
    expect("article" in parsed && parsed.article.title).toBe("Qatar hosts talks");
  });
  it("reports front matter that is not YAML", () => {
    const parsed = parseArticle("---\ntitle: [unclosed\n---\nText", "broken.md");
    expect("invalid" in parsed && parsed.invalid.reason).toMatch(/^front matter is not valid YAML/);
  });
});

describe("loadArticles", () => {
  it("skips an invalid file and keeps the rest", () => {
    const dir = mkdtempSync(join(tmpdir(), "dossier-articles-"));
    writeFileSync(join(dir, "good.md"), valid);
    writeFileSync(join(dir, "bad.md"), "---\nid: Bad Id\n---\n");
    writeFileSync(join(dir, "notes.txt"), "not an article");
    const { articles, invalid } = loadArticles(dir);
    expect(articles.map((a) => a.id)).toEqual(["qatar-hosts-talks"]);
    expect(invalid.map((f) => f.file)).toEqual([join(dir, "bad.md")]);
  });
  it("lists a file that cannot be read with the system's reason and keeps the rest", () => {
    const dir = mkdtempSync(join(tmpdir(), "dossier-articles-"));
    writeFileSync(join(dir, "good.md"), valid);
    mkdirSync(join(dir, "folder.md"));
    const { articles, invalid } = loadArticles(dir);
    expect(articles.map((a) => a.id)).toEqual(["qatar-hosts-talks"]);
    expect(invalid).toEqual([{ file: join(dir, "folder.md"), rule: "article:unreadable", reason: "cannot be read: EISDIR", fatal: true }]);
  });
  it("treats a missing folder as an empty corpus", () => expect(loadArticles("no/such/dir")).toEqual({ articles: [], invalid: [] }));
});

describe("renderArticleBody", () => {
  it("renders the body without its front matter", () => {
    const parsed = parseArticle(valid, FIXTURE);
    const body = "article" in parsed ? renderArticleBody(parsed.article) : "";
    expect(body).toMatch(/^<p>Qatar is one of/);
    expect(body).toContain("<h3>Secret visit</h3>");
  });
  it("renders a body written with control characters without them", () => {
    const dir = mkdtempSync(join(tmpdir(), "dossier-articles-"));
    const file = join(dir, "a.md");
    writeFileSync(file, `${valid.trimEnd()}\n\nA line\u0001 with\u001b[31m controls.\n`);
    const parsed = parseArticle(readFileSync(file, "utf8"), file);
    expect("article" in parsed && renderArticleBody(parsed.article)).toContain("<p>A line with[31m controls.</p>");
  });
});
