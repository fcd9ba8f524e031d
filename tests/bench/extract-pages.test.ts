import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { pageId, readPages } from "../../bench/extract/pages.ts";

const dir = mkdtempSync(join(tmpdir(), "dossier-extract-pages-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const article = (name: string, frontMatter: string) => {
  mkdirSync(join(dir, "articles"), { recursive: true });
  writeFileSync(join(dir, "articles", name), `---\n${frontMatter}\n---\nBody text.\n`);
  return join("articles", name);
};

describe("pageId", () => {
  it("is the raw file's name without folder and last extension", () => {
    expect(pageId("doha-talks.html")).toBe("doha-talks");
    expect(pageId("sub/doha.talks.txt")).toBe("doha.talks");
    expect(pageId("no-extension")).toBe("no-extension");
  });
});

describe("readPages", () => {
  const talks = article("2024-06-03-talks.md", "id: 2024-06-03-talks\ntitle: 'Talks: day two'\npublished: '2024-06-03'\nauthors:\n  - Jane Doe\n");
  const unquoted = article("unquoted.md", "published: 2024-06-03\nauthors: []");

  it("reads each article's front matter with the project's reader, by raw id", () => {
    const pages = readPages([{ raw: "doha-talks.txt", status: "normalized", article: talks }], dir);
    expect(pages.get("doha-talks")).toEqual({
      status: "normalized",
      fields: { id: "2024-06-03-talks", title: "Talks: day two", published: "2024-06-03", authors: ["Jane Doe"] },
    });
  });

  it("keeps dates as text, as the pipeline reads them", () => {
    expect(readPages([{ raw: "u.html", status: "duplicate", article: unquoted }], dir).get("u")?.fields.published).toBe("2024-06-03");
  });

  it("gives rejected files and vanished articles no fields", () => {
    const pages = readPages(
      [
        { raw: "broken.html", status: "rejected", article: null },
        { raw: "vanished.txt", status: "normalized", article: join("articles", "vanished.md") },
      ],
      dir,
    );
    expect(pages.get("broken")).toEqual({ status: "rejected", fields: {} });
    expect(pages.get("vanished")).toEqual({ status: "normalized", fields: {} });
  });

  it("takes absolute article paths as they are", () => {
    expect(readPages([{ raw: "a.txt", status: "unchanged", article: join(dir, talks) }], "/elsewhere").get("a")?.fields.title).toBe("Talks: day two");
  });

  it("lets the later of two raw files with one id win", () => {
    const pages = readPages(
      [
        { raw: "same.html", status: "rejected", article: null },
        { raw: "same.txt", status: "normalized", article: talks },
      ],
      dir,
    );
    expect(pages.get("same")?.status).toBe("normalized");
  });

  it("names an article whose front matter cannot be read", () => {
    const bad = article("bad.md", "title: [unclosed");
    expect(() => readPages([{ raw: "bad.txt", status: "normalized", article: bad }], dir)).toThrow(/bad\.md: has front matter that cannot be read/);
  });
});
