import { describe, expect, it } from "vitest";
import { groupReports } from "../../../pipeline/corpus/developments/periods.ts";
import { identify } from "../../../pipeline/corpus/developments/identity.ts";
import { mergeDevelopments } from "../../../pipeline/corpus/developments/merge.ts";
import { reportsOf } from "../../../pipeline/corpus/developments/reports.ts";
import { article, day } from "../../../bench/articles.ts";
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

describe("ids carried forward through the developments file", () => {
  const meeting = (id: string, published: string) => article(id, published, [day("2023-05-12", "Haibatullah Akhundzada met Al Thani in Kandahar on May 12, 2023.")]);
  const announced = mergeDevelopments([meeting("m-first", "2023-05-13")], ENTITIES);
  const id = announced[0]!.id;
  const joined = (other: ReturnType<typeof meeting>) => mergeDevelopments([meeting("m-first", "2023-05-13"), other], ENTITIES, announced);

  it.each([
    ["an earlier-dated", meeting("m-earlier", "2023-05-12")],
    ["a later-dated", meeting("m-later", "2023-05-20")],
    ["a same-day", meeting("a-same-day", "2023-05-13")],
  ])("keeps the id when %s source joins", (_, other) => {
    const after = joined(other);
    expect(after).toHaveLength(1);
    expect(after[0]!.sources.map((source) => source.article).sort()).toEqual([other.id, "m-first"].sort());
    expect(after[0]!.id).toBe(id);
  });

  it("would re-issue the id for an earlier or same-day source if it were not carried forward", () => {
    // The same two articles merged afresh: the new source is the earliest (by date, then by id).
    expect(mergeDevelopments([meeting("m-first", "2023-05-13"), meeting("m-earlier", "2023-05-12")], ENTITIES)[0]!.id).not.toBe(id);
    expect(mergeDevelopments([meeting("m-first", "2023-05-13"), meeting("a-same-day", "2023-05-13")], ENTITIES)[0]!.id).not.toBe(id);
  });

  it("keeps each id with its own event when the same articles report two", () => {
    const two = (id: string, published: string) =>
      article(id, published, [
        day("2023-05-12", "Haibatullah Akhundzada met Al Thani in Kandahar on May 12, 2023."),
        day("2023-05-20", "Haibatullah Akhundzada met Al Thani in Kandahar again on May 20, 2023."),
      ]);
    const before = mergeDevelopments([two("a", "2023-05-21"), two("b", "2023-05-22")], ENTITIES);
    const after = mergeDevelopments([two("a", "2023-05-21"), two("b", "2023-05-22"), two("c", "2023-05-01")], ENTITIES, before);
    expect(after.map((d) => [d.date, d.id])).toEqual(before.map((d) => [d.date, d.id]));
  });

  it("gives a new event a new id, never one already given", () => {
    const other = article("m-other", "2023-06-02", [day("2023-06-01", "Sohail Shaheen met Al Thani in Doha on June 1, 2023.")]);
    const after = mergeDevelopments([meeting("m-first", "2023-05-13"), other], ENTITIES, announced);
    expect(after.map((d) => d.id)).toContain(id);
    expect(new Set(after.map((d) => d.id)).size).toBe(2);
    expect(after.find((d) => d.date === "2023-06-01")!.id).toBe(mergeDevelopments([other], ENTITIES)[0]!.id);
  });

  it("is the same on a second merge of the same articles", () => {
    const corpus = [meeting("m-first", "2023-05-13"), meeting("m-earlier", "2023-05-12")];
    const once = mergeDevelopments(corpus, ENTITIES, announced);
    expect(mergeDevelopments(corpus, ENTITIES, once)).toEqual(once);
  });
});
