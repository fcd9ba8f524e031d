import { describe, expect, it } from "vitest";
import { groupReports } from "../../pipeline/developments/group.ts";
import { reportsOf } from "../../pipeline/developments/reports.ts";
import { article, day, month } from "./articles.ts";
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
});
