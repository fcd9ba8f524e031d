import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Development } from "../../../pipeline/model/schema.ts";
import { datedSentences } from "../../../pipeline/article/extract/dated-sentences.ts";
import { extractDevelopments } from "../../../pipeline/article/extract/developments.ts";
import expected from "../../fixtures/expected.json" with { type: "json" };

/** The file the messages name. */
const FILE = "article.txt";

/** Body paragraphs of a sample: blocks between blank lines, after its header blocks. */
function body(file: string, headerBlocks: number): string[] {
  const raw = readFileSync(new URL(`../../../corpus/raw/${file}`, import.meta.url), "utf8");
  return raw.split(/\n\s*\n/).map((block) => block.trim()).filter(Boolean).slice(headerBlocks);
}

const SAMPLES = [
  { file: "000_e597730830ff6590.txt", headerBlocks: 3 },
  { file: "001_faf9f95335c46c0a.txt", headerBlocks: 2 },
  { file: "002_94db9f70faed8889.txt", headerBlocks: 2 },
  { file: "003_1cc6fc7d1df7e74c.txt", headerBlocks: 4 },
  { file: "004_288c9b2453ba9e47.txt", headerBlocks: 0 },
];

function developmentsOf(file: string): Development[] {
  const sample = SAMPLES.find((s) => s.file === file)!;
  const labels = expected.articles.find((a) => a.file === file)!;
  return extractDevelopments(FILE, datedSentences(body(file, sample.headerBlocks), { language: labels.language, published: labels.date })).value;
}

const shape = (d: Development) => [d.date, d.precision, d.end ?? null, d.background ?? false];

describe("the five samples", () => {
  for (const article of expected.articles) {
    it(`finds the labelled developments of ${article.file}`, () => {
      const found = developmentsOf(article.file);
      for (const wanted of article.developments) {
        expect(found.some((d) => d.date === wanted.date && d.precision === wanted.precision), `${wanted.date} ${wanted.precision}`).toBe(true);
      }
    });
  }

  it("reads sample 000 (published 2023-06-06)", () => {
    expect(developmentsOf("000_e597730830ff6590.txt").map(shape)).toEqual([
      ["2023-05", "month", null, false], // early May in Doha
      ["2021-08", "month", null, true], // after its withdrawal ... in August 2021
      ["2023-05", "month", null, false], // in mid-May
      ["2023-05-12", "day", null, false], // on May 12 in Kandahar
      ["2021-08", "month", null, true], // before the movement seized power in August 2021
    ]);
  });

  it("reads sample 001 (published 2023-06-05)", () => {
    expect(developmentsOf("001_faf9f95335c46c0a.txt").map(shape)).toEqual([
      ["2021-08", "month", null, true],
      ["2023-05", "month", null, false], // last month
      ["2022-06-29", "day", "2022-06-30", false],
      ["2022-12-07", "day", null, false],
    ]);
  });

  it("finds nothing it could date in the undated sample 002", () => {
    expect(developmentsOf("002_94db9f70faed8889.txt")).toEqual([]);
  });

  it("reads sample 003 (published 2021-10-09)", () => {
    expect(developmentsOf("003_1cc6fc7d1df7e74c.txt").map(shape)).toEqual([
      ["2021-09", "month", null, false], // interim government announced last month
      ["2021-08", "month", null, true], // since the evacuation at the end of August
      ["2001", "year", null, false],
      ["2021-10-07", "day", null, false], // said on Thursday
    ]);
  });

  it("reads the undated French sample 004 without resolving 'le 12 mai' or 'le mois dernier'", () => {
    expect(developmentsOf("004_288c9b2453ba9e47.txt").map(shape)).toEqual([
      ["2021-08", "month", null, false],
      ["2021", "year", null, true],
      ["2013", "year", null, false],
    ]);
  });

  it("keeps each sentence as written", () => {
    const kandahar = developmentsOf("000_e597730830ff6590.txt").find((d) => d.date === "2023-05-12")!;
    expect(kandahar.text).toBe(
      "According to Reuters, the meeting took place on May 12 in Kandahar, the first meeting between Taliban leader Haibatullah Akhundzada and a foreign official at a high level.",
    );
  });
});

describe("snippets", () => {
  const one = (text: string, language: string, published: string | null) => extractDevelopments(FILE, datedSentences([text], { language, published })).value;

  it("reads absolute dates in the four languages", () => {
    expect(one("Les deux délégations se sont rencontrées le 12 mai 2023 à Kandahar.", "fr", null)).toMatchObject([{ date: "2023-05-12", precision: "day" }]);
    expect(one("Die Gespräche begannen am 19.02.2024 in Doha.", "de", null)).toMatchObject([{ date: "2024-02-19", precision: "day" }]);
    expect(one("La reunión se celebró el 5 de junio de 2023 en Doha.", "es", null)).toMatchObject([{ date: "2023-06-05", precision: "day" }]);
  });
  it("reads months in the four languages at month precision", () => {
    expect(one("Die Taliban übernahmen im August 2021 die Macht.", "de", null)).toMatchObject([{ date: "2021-08", precision: "month" }]);
    expect(one("Los talibanes tomaron el poder en agosto de 2021.", "es", null)).toMatchObject([{ date: "2021-08", precision: "month" }]);
  });
  it("resolves relative months against the publication date", () => {
    expect(one("Katar traf letzten Monat die Taliban-Führung.", "de", "2023-06-05")).toMatchObject([{ date: "2023-05", precision: "month" }]);
    expect(one("Qatar se reunió el mes pasado con los talibanes.", "es", "2023-01-10")).toMatchObject([{ date: "2022-12", precision: "month" }]);
  });
  it("puts a year-less day that would follow publication in the year before", () => {
    expect(one("The delegations met on December 7 in Abu Dhabi.", "en", "2023-06-05")).toMatchObject([{ date: "2022-12-07", precision: "day" }]);
  });
  it("keeps 'earlier this week' no more precise than the text", () => {
    expect(one("Officials met in Doha earlier this week.", "en", "2023-06-09")).toMatchObject([{ date: "2023-06", precision: "month" }]);
  });
  it("leaves out an ambiguous numeric date, with a message", () => {
    const result = extractDevelopments(FILE, datedSentences(["The talks were held on 06/05/2023 in Doha."], { language: "en", published: "2023-06-10" }));
    expect(result.value).toEqual([]);
    expect(result.messages.map((m) => m.rule)).toEqual(["date:ambiguous"]);
  });
  it("gives one development per date of a sentence", () => {
    expect(one("The first round was held in 2019, the second in March 2020.", "en", null).map((d) => d.date)).toEqual(["2019", "2020-03"]);
  });
});
