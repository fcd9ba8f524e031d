import { describe, expect, it } from "vitest";
import { groupReports } from "../../pipeline/developments/group.ts";
import { identify } from "../../pipeline/developments/identity.ts";
import { reportsOf } from "../../pipeline/developments/reports.ts";
import { article, day } from "./articles.ts";
import { ENTITIES } from "./samples.ts";

const idsOf = (...articles: Parameters<typeof reportsOf>[0]) => identify(groupReports(reportsOf(articles, ENTITIES), ENTITIES.merge));
const first = article("a", "2023-05-13", [day("2023-05-12", "Haibatullah Akhundzada met Al Thani in Kandahar on May 12, 2023.")]);

describe("identify", () => {
  it("is opaque and the same on every run", () => {
    expect(idsOf(first)).toEqual(idsOf(first));
    expect(idsOf(first)[0]).toMatch(/^dev-[0-9a-f]{16}$/);
  });
  it("follows the earliest article, not the order of input", () => {
    const later = article("b", "2023-05-20", [day("2023-05-12", "Al Thani met Haibatullah Akhundzada in Kandahar on May 12, 2023.")]);
    expect(idsOf(later, first)).toEqual(idsOf(first));
  });
  it("changes with the article, the month or the key person", () => {
    const base = idsOf(first)[0];
    expect(idsOf({ ...first, id: "other" })[0]).not.toBe(base);
    expect(idsOf(article("a", "2023-06-13", [day("2023-06-12", "Haibatullah Akhundzada met Al Thani in Kandahar on June 12, 2023.")]))[0]).not.toBe(base);
    expect(idsOf(article("a", "2023-05-13", [day("2023-05-12", "Sohail Shaheen met Al Thani in Kandahar on May 12, 2023.")]))[0]).not.toBe(base);
  });
  it("ignores the day and the wording", () => {
    expect(idsOf(article("a", "2023-05-13", [day("2023-05-11", "On May 11, 2023 Haibatullah Akhundzada received Al Thani in Kandahar.")]))).toEqual(idsOf(first));
  });
});
