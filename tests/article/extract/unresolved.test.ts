import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { unresolvedSchema } from "../../../pipeline/model/schema.ts";
import { datedSentences } from "../../../pipeline/article/extract/dated-sentences.ts";
import { extractUnresolved } from "../../../pipeline/article/extract/unresolved.ts";

const french = readFileSync(new URL("../../../corpus/raw/004_288c9b2453ba9e47.txt", import.meta.url), "utf8")
  .split(/\n\s*\n/)
  .map((block) => block.trim())
  .filter(Boolean);

describe("extractUnresolved", () => {
  it("keeps the year-less day and the relative month of the undated French sample", () => {
    const found = extractUnresolved(datedSentences(french, { language: "fr", published: null }));
    expect(found.map(({ expression, month, day }) => ({ expression, month, day }))).toEqual([
      { expression: "le mois dernier", month: undefined, day: undefined },
      { expression: "12 mai", month: 5, day: 12 },
    ]);
    expect(found[1]!.text).toMatch(/^Le chef des talibans, Haibatullah Akhundzada, et le Premier ministre qatari/);
  });
  it("writes entries the front-matter schema accepts", () => {
    for (const entry of extractUnresolved(datedSentences(french, { language: "fr", published: null }))) expect(unresolvedSchema.safeParse(entry).success).toBe(true);
  });
  it("keeps a year-less range", () => {
    expect(extractUnresolved(datedSentences(["Les délégations se sont réunies les 29 et 30 juin à Doha."], { language: "fr", published: null }))).toMatchObject([
      { expression: "29 et 30 juin", month: 6, day: 29, end_day: 30 },
    ]);
  });
  it("has nothing left once the article is dated", () => {
    expect(extractUnresolved(datedSentences(french, { language: "fr", published: "2023-06-01" }))).toEqual([]);
  });
  it("leaves absolute dates to extractDevelopments", () => {
    expect(extractUnresolved(datedSentences(["Le bureau a ouvert à Doha en 2013."], { language: "fr", published: null }))).toEqual([]);
  });
});
