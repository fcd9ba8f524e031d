import { describe, expect, it } from "vitest";
import type { MergedDevelopment } from "../../../pipeline/model/developments.ts";
import type { Article } from "../../../src/_model/articles.ts";
import { MAX_SLUG_BYTES } from "../../../pipeline/model/slug.ts";
import { activityByMonth, activityByYear, groupByPeriod, groupBySource, sortArticles, UNKNOWN_SOURCE } from "../../../src/_model/collections.ts";

const dev = (id: string, date: string): MergedDevelopment => ({ id, date, precision: date.length === 10 ? "day" : date.length === 7 ? "month" : "year", text: id, topics: [], background: false, sources: [], date_from: id, entities: [] });
const article = (id: string, published: string | null, source: string | null = "Outlet", title = id) => ({ id, published, source, title }) as Article;

describe("groupByPeriod", () => {
  it("groups by month, oldest first, with year-only dates opening their year", () => {
    const periods = groupByPeriod([dev("c", "2023-05-12"), dev("a", "2023"), dev("b", "2023-05"), dev("d", "2021-08-01")]);
    expect(periods.map((p) => [p.label, p.developments.map((d) => d.id)])).toEqual([
      ["August 2021", ["d"]],
      ["2023 (month not stated)", ["a"]],
      ["May 2023", ["b", "c"]],
    ]);
  });
});

describe("activityByYear", () => {
  it("counts every year of the span, zeros included", () => {
    expect(activityByYear([dev("a", "2021-01"), dev("b", "2023"), dev("c", "2023-02-01")])).toEqual([
      { year: "2021", count: 1 },
      { year: "2022", count: 0 },
      { year: "2023", count: 2 },
    ]);
  });
  it("is empty without developments", () => expect(activityByYear([])).toEqual([]));
  it("sums years before the last ones shown into one entry", () => {
    expect(activityByYear([dev("a", "2001"), dev("b", "2013-05"), dev("c", "2021-08"), dev("d", "2023-05-12")], 3)).toEqual([
      { year: "before 2021", count: 2 },
      { year: "2021", count: 1 },
      { year: "2022", count: 0 },
      { year: "2023", count: 1 },
    ]);
  });
});

describe("sortArticles", () => {
  it("puts dated articles newest first and undated ones after, by title", () => {
    const sorted = sortArticles([article("u2", null, null, "Zebra"), article("old", "2021-01-01"), article("u1", null, null, "Alpha"), article("new", "2024-01-01")]);
    expect(sorted.map((a) => a.id)).toEqual(["new", "old", "u1", "u2"]);
  });
});

describe("groupBySource", () => {
  it("groups by outlet name, puts the unnamed one last, and keeps anchors unique", () => {
    const outlets = groupBySource([article("c", null, null), article("a", null, "Al Jazeera"), article("b", null, "Al-Jazeera"), article("d", null, "Al Jazeera"), article("e", null, "Zeit")]);
    expect(outlets.map((o) => [o.name, o.slug, o.articles.map((a) => a.id)])).toEqual([
      ["Al Jazeera", "al-jazeera", ["a", "d"]],
      ["Al-Jazeera", "al-jazeera-2", ["b"]],
      ["Zeit", "zeit", ["e"]],
      [UNKNOWN_SOURCE, "source-not-stated", ["c"]],
    ]);
  });

  it("keeps the slug of a very long outlet name short enough for a folder name, and unique", () => {
    const long = "The Very Long Name of an Outlet ".repeat(9);
    const outlets = groupBySource([article("a", null, `${long}A`), article("b", null, `${long}B`), article("c", null, `${long}A.`)]);
    const slugs = outlets.map((outlet) => outlet.slug);
    for (const slug of slugs) expect(Buffer.byteLength(slug)).toBeLessThanOrEqual(MAX_SLUG_BYTES);
    expect(new Set(slugs).size).toBe(3);
  });
});

describe("activityByMonth", () => {
  it("counts every month from the first to the last, empty ones as zero, across a year's end", () => {
    expect(activityByMonth([dev("a", "2022-11-03"), dev("b", "2023-02"), dev("c", "2023-02-20"), dev("d", "2022-11")])).toEqual([
      { month: "2022-11", count: 2 },
      { month: "2022-12", count: 0 },
      { month: "2023-01", count: 0 },
      { month: "2023-02", count: 2 },
    ]);
  });

  it("leaves out developments known only to the year, and has nothing to draw without a month", () => {
    expect(activityByMonth([dev("a", "2013"), dev("b", "2023-05")])).toEqual([{ month: "2023-05", count: 1 }]);
    expect(activityByMonth([dev("a", "2013")])).toEqual([]);
  });
});
