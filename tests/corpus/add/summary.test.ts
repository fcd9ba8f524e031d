import { describe, expect, it } from "vitest";
import { OVERRIDE_KEYS, type FrontMatter } from "../../../pipeline/model/schema.ts";
import { describeAdded } from "../../../pipeline/corpus/add/summary.ts";

const article: FrontMatter = {
  id: "2024-06-03-talks-resume-in-doha",
  title: "Talks resume in Doha",
  title_derived: false,
  published: "2024-06-03",
  published_time: "14:10",
  published_zone: "+04:30",
  date_evidence: "June 3, 2024 - 14:10",
  authors: ["Jane Doe", "John Roe"],
  source: "Example Wire",
  url: "https://news.example/talks",
  language: "en",
  topics: ["qatar-mediation", "detainees"],
  summary: "US and Taliban officials met in Doha.",
  developments: [{ date: "2024-06-02", precision: "day", text: "A Qatari official said the meeting on June 2 was constructive." }],
  raw: "corpus/raw/talks.txt",
  raw_sha256: "0".repeat(64),
  messages: [],
  output_sha256: "0".repeat(64),
};

const lines = (text: string) => text.split("\n");

describe("describeAdded", () => {
  it("shows every field on its own line", () => {
    expect(lines(describeAdded("corpus/raw/talks.txt", "corpus/articles/a.md", article, []))).toEqual([
      "Added corpus/raw/talks.txt → corpus/articles/a.md",
      "  title         Talks resume in Doha",
      '  published     2024-06-03 14:10 +04:30 (read from "June 3, 2024 - 14:10")',
      "  authors       Jane Doe, John Roe",
      "  source        Example Wire",
      "  url           https://news.example/talks",
      "  language      en",
      "  topics        qatar-mediation, detainees",
      "  developments  1",
      "    2024-06-02  A Qatari official said the meeting on June 2 was constructive.",
      `To correct a field, put it in front matter at the top of corpus/raw/talks.txt (${OVERRIDE_KEYS.join(", ")}) and run \`npx dossier normalize\`.`,
    ]);
  });

  it("says what was not found and how to set it", () => {
    const bare = { ...article, published: null, published_time: null, published_zone: null, date_evidence: null, authors: [], source: null, url: null, topics: [], developments: [] };
    const text = describeAdded("r", "a", bare, []);
    expect(text).toContain("  published     not found: set it with --published YYYY-MM-DD\n");
    for (const label of ["authors", "source", "url", "topics", "developments"]) expect(text).toContain(`  ${label.padEnd(13)} none found\n`);
  });

  it("marks a title made from the text", () => {
    expect(describeAdded("r", "a", { ...article, title_derived: true }, [])).toContain(
      "  title         Talks resume in Doha (no headline found; made from the first paragraph)\n",
    );
  });

  it("lists every warning and shortens long development texts", () => {
    const long = { ...article, developments: [{ date: "2024-06", precision: "month" as const, text: "x".repeat(300) }] };
    const text = describeAdded("r", "a", long, [
      { file: "r", rule: "date:ambiguous", reason: "06/05/2023 could be May or June", fatal: false },
    ]);
    expect(text).toContain(`    2024-06     ${"x".repeat(99)}…\n`);
    expect(text).toContain("  warnings\n    date:ambiguous: 06/05/2023 could be May or June\n");
  });
});
