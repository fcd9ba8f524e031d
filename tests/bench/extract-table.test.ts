import { describe, expect, it } from "vitest";
import type { Figures, Score } from "../../bench/extract/score.ts";
import { formatTable, percent, toJsonText } from "../../bench/extract/table.ts";

describe("percent", () => {
  it("prints one decimal", () => {
    expect(percent(2, 3)).toBe("66.7%");
    expect(percent(486, 732)).toBe("66.4%");
    expect(percent(4, 4)).toBe("100.0%");
  });

  it("rounds a tie to even, as Python does", () => {
    expect(percent(1, 16)).toBe("6.2%"); // 6.25
    expect(percent(49, 400)).toBe("12.2%"); // 12.25
    expect(percent(3, 16)).toBe("18.8%"); // 18.75
  });

  it("reads nothing out of nothing as 0%", () => {
    expect(percent(0, 0)).toBe("0.0%");
  });
});

const figures = (pages: number, dated: number, day: number, title: [number, number], author: [number, number], rejected: number): Figures => ({
  pages,
  dated,
  day: { right: day, of: pages },
  title: { right: title[0], of: title[1] },
  author: { right: author[0], of: author[1] },
  rejected,
});

const score: Score = {
  all: figures(6, 4, 3, [2, 4], [1, 3], 1),
  byLanguage: [
    ["de", figures(4, 3, 2, [1, 3], [1, 3], 1)],
    ["en", figures(2, 1, 1, [1, 1], [0, 0], 0)],
  ],
  misses: [],
  unmatched: [],
};
const run = { files: 8, seconds: 2, peakMb: 150.4 };

describe("formatTable", () => {
  const lines = formatTable(score, run).trimEnd().split("\n");

  it("prints all pages, then each language, with counts and shares", () => {
    expect(lines[0]).toMatch(/^lang\s+pages\s+dated\s+day right\s+precision\s+title right\s+first author right\s+rejected$/);
    expect(lines[1]!.split(/\s{2,}/)).toEqual(["all", "6", "4", "3/6 50.0%", "75.0%", "2/4 50.0%", "1/3 33.3%", "1"]);
    expect(lines[2]!.split(/\s{2,}/)).toEqual(["de", "4", "3", "2/4 50.0%", "66.7%", "1/3 33.3%", "1/3 33.3%", "1"]);
  });

  it("shows a dash where a language has nothing to score", () => {
    expect(lines[3]!.split(/\s{2,}/)).toEqual(["en", "2", "1", "1/2 50.0%", "100.0%", "1/1 100.0%", "–", "0"]);
  });

  it("right-aligns the figures under their headings", () => {
    expect(new Set(lines.slice(0, 4).map((line) => line.length)).size).toBe(1);
    expect(lines[1]!.indexOf("75.0%") + "75.0%".length).toBe(lines[0]!.indexOf("precision") + "precision".length);
  });

  it("ends with the normalize run: raw files, wall time, pages per second", () => {
    expect(lines[4]).toBe("normalize: 8 raw files in 2.00 s, 4.0 pages/s, peak 150 MB");
    expect(lines).toHaveLength(5);
  });

  it("warns of labels without a raw file", () => {
    const text = formatTable({ ...score, unmatched: ["a", "b"] }, run);
    expect(text).toContain("2 labelled pages have no raw file (counted as wrong): a, b\n");
  });
});

describe("toJsonText", () => {
  it("writes the counts, the shares and the run", () => {
    const json = JSON.parse(toJsonText(score, run));
    expect(json).toMatchObject({
      pages: 6,
      dated: 4,
      day_right: 3,
      day_accuracy: 0.5,
      precision: 0.75,
      title: { right: 2, of: 4, share: 0.5 },
      first_author: { right: 1, of: 3, share: 0.3333 },
      rejected: 1,
      normalize: { files: 8, seconds: 2, pages_per_s: 4, peak_mb: 150.4 },
    });
    expect(Object.keys(json.by_language)).toEqual(["de", "en"]);
    expect(json.by_language.en.first_author).toEqual({ right: 0, of: 0, share: null });
  });
});
