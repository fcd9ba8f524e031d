import { describe, expect, it } from "vitest";
import { firstAuthor, foldText, parseLabels, scorePages, type Label, type Page } from "../../bench/extract/score.ts";

describe("parseLabels", () => {
  it("reads an array of labels", () => {
    const text = JSON.stringify([{ id: "a", date: "2024-06-03", title: "T", author: "X; Y", lang: "en", url: "https://news.example/a" }]);
    expect(parseLabels(text, "labels.json")).toEqual([{ id: "a", date: "2024-06-03", title: "T", author: "X; Y", lang: "en", url: "https://news.example/a" }]);
  });

  it.each([
    ["{not json", /^labels\.json: is not JSON \(/],
    ['{"id": "a", "date": "2024-06-03"}', /^labels\.json: is not a JSON array of labels$/],
    ['["a"]', /^labels\.json: label 1: not an object$/],
    ['[{"id": "a", "date": "2024-06-03"}, {"date": "2024-06-03"}]', /^labels\.json: label 2: no id$/],
    ['[{"id": "a", "date": "3 June 2024"}]', /^labels\.json: label 1 \(a\): date is not YYYY-MM-DD$/],
    ['[{"id": "a", "date": "2024-06-03", "author": ["X"]}]', /^labels\.json: label 1 \(a\): author is not text$/],
  ])("names the file and the reason for %s", (text, message) => {
    expect(() => parseLabels(text, "labels.json")).toThrow(message);
  });
});

describe("foldText", () => {
  it("ignores case, quotes and spacing", () => {
    expect(foldText("  “Talks”\tRESUME\n in  ‘Doha’ ")).toBe("talks resume in doha");
    expect(foldText(`"It's" \`on\``)).toBe("its on");
  });

  it("applies NFKC: full-width letters, ligatures and no-break spaces are the plain ones", () => {
    expect(foldText("ＤＯＨＡ ﬁle\u00a0talks")).toBe(foldText("Doha file talks"));
  });

  it("folds case as Python's casefold does for ß and final sigma", () => {
    expect(foldText("STRASSE")).toBe(foldText("Straße"));
    expect(foldText("ΟΔΟΣ")).toBe(foldText("οδος"));
  });

  it("splits on the spaces Python's \\s knows, and only those", () => {
    expect(foldText("a\u001fb\u0085c")).toBe("a b c");
    expect(foldText("\ufeffa")).toBe("\ufeffa");
  });

  it("reads a missing value as empty text", () => {
    expect(foldText(null)).toBe("");
    expect(foldText(undefined)).toBe("");
  });
});

describe("firstAuthor", () => {
  it("keeps the part before the first ;", () => {
    expect(firstAuthor("Jane Doe; John Roe")).toBe("Jane Doe");
    expect(firstAuthor("Jane Doe")).toBe("Jane Doe");
  });
});

const page = (fields: Record<string, unknown>, status = "normalized"): Page => ({ status, fields });

describe("scorePages", () => {
  const labels: Label[] = [
    { id: "right", date: "2024-06-03", title: "Talks resume in Doha", author: "Jane Doe; John Roe", lang: "en" },
    { id: "wrong-day", date: "2024-06-03", title: "Gespräche in Doha", lang: "de" },
    { id: "undated", date: "2024-06-04", author: "Max Muster", lang: "de" },
    { id: "rejected", date: "2024-06-05", title: "Nicht gelesen", lang: "de" },
    { id: "gone", date: "2024-06-06" },
  ];
  const pages = new Map<string, Page>([
    ["right", page({ published: "2024-06-03", title: "“Talks” resume in DOHA", authors: ["jane doe", "John Roe"] })],
    ["wrong-day", page({ published: "2024-06-02", date_evidence: "2. Juni 2024", title: "Gespräche  in Doha", authors: [] })],
    ["undated", page({ published: null, date_evidence: null, title: "Ohne Datum", authors: ["Erika Muster", "Max Muster"] })],
    ["rejected", { status: "rejected", fields: {} }],
  ]);
  const score = scorePages(labels, pages);

  it("counts a missing date as a wrong day, and only given dates for precision", () => {
    expect(score.all).toMatchObject({ pages: 5, dated: 2, day: { right: 1, of: 5 } });
  });

  it("counts titles and first authors only where the label has one", () => {
    expect(score.all.title).toEqual({ right: 2, of: 3 });
    expect(score.all.author).toEqual({ right: 1, of: 2 });
  });

  it("counts rejected files and names labels normalize never saw", () => {
    expect(score.all.rejected).toBe(1);
    expect(score.unmatched).toEqual(["gone"]);
  });

  it("gives each language its figures, most pages first, unlabelled ones as ?", () => {
    expect(score.byLanguage.map(([lang, figures]) => [lang, figures.pages, figures.day.right, figures.title.right])).toEqual([
      ["de", 3, 0, 1],
      ["en", 1, 1, 1],
      ["?", 1, 0, 0],
    ]);
  });

  it("lists every wrong or missing field, with the date's evidence and the file's status", () => {
    expect(score.misses).toEqual([
      { id: "wrong-day", field: "date", want: "2024-06-03", got: "2024-06-02", evidence: "2. Juni 2024", status: "normalized" },
      { id: "undated", field: "date", want: "2024-06-04", got: null, evidence: null, status: "normalized" },
      { id: "undated", field: "author", want: "Max Muster", got: ["Erika Muster", "Max Muster"] },
      { id: "rejected", field: "date", want: "2024-06-05", got: null, evidence: null, status: "rejected" },
      { id: "rejected", field: "title", want: "Nicht gelesen", got: null },
      { id: "gone", field: "date", want: "2024-06-06", got: null, evidence: null, status: null },
    ]);
  });

  it("scores nothing right on no pages at all", () => {
    const empty = scorePages(labels, new Map());
    expect(empty.all).toMatchObject({ day: { right: 0, of: 5 }, title: { right: 0, of: 3 }, author: { right: 0, of: 2 }, rejected: 0 });
    expect(empty.unmatched).toHaveLength(5);
  });
});
