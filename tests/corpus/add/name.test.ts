import { describe, expect, it } from "vitest";
import { rawFileName } from "../../../pipeline/corpus/add/name.ts";

describe("rawFileName", () => {
  it("keeps a readable slug of the file's own name", () => {
    expect(rawFileName("Downloads/Qatar Talks (2024).TXT", [])).toBe("qatar-talks-2024.txt");
  });

  it("drops every directory part, so no name leaves the raw folder", () => {
    expect(rawFileName("../../x.txt", [])).toBe("x.txt");
    expect(rawFileName("..\\..\\windows\\evil.html", [])).toBe("evil.html");
    expect(rawFileName("/etc/passwd", [])).toBe("passwd.txt");
  });

  it("never gives a hidden or empty name", () => {
    expect(rawFileName(".bashrc", [])).toBe("bashrc.txt");
    expect(rawFileName("../..", [])).toBe("article.txt");
    expect(rawFileName("***.txt", [])).toBe("article.txt");
  });

  it("keeps the extensions the normalizer reads and stores anything else as text", () => {
    expect(rawFileName("page.htm", [])).toBe("page.htm");
    expect(rawFileName("notes.md", [])).toBe("notes.md");
    expect(rawFileName("report.pdf", [])).toBe("report.txt");
    expect(rawFileName("pasted", [], ".html")).toBe("pasted.html");
  });

  it("numbers a name that is taken, ignoring case", () => {
    expect(rawFileName("x.txt", ["x.txt"])).toBe("x-2.txt");
    expect(rawFileName("X.txt", ["x.txt", "X-2.TXT"])).toBe("x-3.txt");
  });

  it("shortens a long headline", () => {
    const name = rawFileName(`${"Qatar mediation ".repeat(10)}.html`, []);
    expect(name.length).toBeLessThanOrEqual(65);
    expect(name).toMatch(/^qatar-mediation-.*[a-z]\.html$/);
  });
});
