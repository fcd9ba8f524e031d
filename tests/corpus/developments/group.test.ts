import { describe, expect, it } from "vitest";
import { groupReports } from "../../../pipeline/corpus/developments/periods.ts";
import { reportsOf } from "../../../pipeline/corpus/developments/reports.ts";
import { article, day, month, yearless } from "../../../bench/articles.ts";
import { ENTITIES } from "./samples.ts";

const group = (...articles: Parameters<typeof reportsOf>[0]) => groupReports(reportsOf(articles, ENTITIES), ENTITIES.merge);

describe("groupReports", () => {
  it("finds a year-only report's event in any month of that year", () => {
    const groups = group(
      article("a", "2023-06-01", [day("2023-05-12", "Haibatullah Akhundzada met Al Thani on May 12, 2023.")]),
      article("b", "2024-01-01", [{ date: "2023", precision: "year", text: "In 2023 Haibatullah Akhundzada met Al Thani." }]),
    );
    expect(groups).toHaveLength(1);
    expect(groups[0]!.date).toEqual({ year: 2023, month: 5, day: 12 });
  });
  it("forms the event around its most precise report whatever the order of the articles", () => {
    const vague = article("a", "2023-06-05", [month("2023-05", "Last month Haibatullah Akhundzada received Al Thani.")]);
    const precise = article("b", "2023-05-13", [day("2023-05-12", "Haibatullah Akhundzada met Al Thani on May 12, 2023.")]);
    expect(group(vague, precise)[0]!.dateReport.article.id).toBe("b");
    expect(group(precise, vague)[0]!.dateReport.article.id).toBe("b");
  });
  it("never compares reports that share no person or place", () => {
    const groups = group(
      article("a", "2023-06-01", [day("2023-05-12", "The talks ended on May 12, 2023.")]),
      article("b", "2023-06-01", [day("2023-05-12", "The talks ended on May 12, 2023.")]),
    );
    expect(groups).toHaveLength(2);
  });
  it("finds a range's event from a day inside it", () => {
    const groups = group(
      article("a", "2022-07-01", [day("2022-06-29", "Mullah Baradar met Al Thani in Doha on June 29 and 30, 2022.", { end: "2022-06-30" })]),
      article("b", "2022-07-01", [day("2022-06-30", "On June 30 Mullah Baradar met Al Thani in Doha.")]),
    );
    expect(groups).toHaveLength(1);
  });
  it("finds a month's event from a range inside it", () => {
    const groups = group(
      article("a", "2022-07-01", [day("2022-06-29", "Mullah Baradar met Al Thani in Doha on June 29 and 30, 2022.", { end: "2022-06-30" })]),
      article("b", "2022-07-15", [month("2022-06", "Last month Mullah Baradar met Al Thani in Doha.")]),
    );
    expect(groups).toHaveLength(1);
    expect(groups[0]!.members).toHaveLength(2);
  });
  it("joins a year-less report to the one event of that day and month", () => {
    const groups = group(
      article("a", "2023-05-13", [day("2023-05-12", "Haibatullah Akhundzada met Al Thani on May 12, 2023.")]),
      article("b", null, [], { unresolved: [yearless("Haibatullah Akhundzada a reçu Al Thani le 12 mai.", "le 12 mai", 5, 12)] }),
    );
    expect(groups.map((g) => g.members.length)).toEqual([2]);
  });
  it("leaves a year-less report alone when two years have an event on that day", () => {
    const groups = group(
      article("a", "2023-05-13", [day("2023-05-12", "Haibatullah Akhundzada met Al Thani on May 12, 2023.")]),
      article("b", "2022-05-13", [day("2022-05-12", "Haibatullah Akhundzada met Al Thani on May 12, 2022.")]),
      article("c", null, [], { unresolved: [yearless("Haibatullah Akhundzada a reçu Al Thani le 12 mai.", "le 12 mai", 5, 12)] }),
    );
    expect(groups.map((g) => g.members.length)).toEqual([1, 1]);
  });
});
