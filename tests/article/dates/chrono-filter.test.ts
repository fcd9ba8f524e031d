import { readdirSync, readFileSync } from "node:fs";
import * as chrono from "chrono-node";
import { describe, expect, it } from "vitest";
import { localeFilter, mayHaveCertainDay, monthNames, WRITES_YEAR } from "../../../pipeline/article/dates/chrono-filter.ts";

const LOCALES = [
  ["en", chrono.strict],
  ["fr", chrono.fr.strict],
  ["de", chrono.de.strict],
  ["es", chrono.es.strict],
] as const;

// If chrono moves its month tables, this fails before any date line is misread.
describe.each(LOCALES)("the %s filter", (language) => {
  it("finds the month names", () => {
    expect(monthNames(language).length).toBeGreaterThanOrEqual(12);
  });
});

describe("mayHaveCertainDay", () => {
  const en = localeFilter("en");
  const fr = localeFilter("fr");
  it("passes a year beside a month name", () => {
    expect(mayHaveCertainDay(en, "Doha, June 5, 2023")).toBe(true);
    expect(mayHaveCertainDay(fr, "Publié le 5 juin 2023")).toBe(true);
  });
  it("passes a numeric date", () => {
    expect(mayHaveCertainDay(en, "Posted 05/06/2023")).toBe(true);
    expect(mayHaveCertainDay(en, "2023-06-05T10:00")).toBe(true);
  });
  it("skips a line with no digit and no duration", () => {
    expect(mayHaveCertainDay(en, "Qatar hosts the talks with the Taliban")).toBe(false);
  });
  it("skips digits with no month name of the locale and no numeric date", () => {
    expect(mayHaveCertainDay(en, "AITV News Special Events - G4 (2023)")).toBe(false);
    expect(mayHaveCertainDay(fr, "The delegation met in June 2023")).toBe(false);
  });
  it("does not take a month abbreviation inside a word ('decided in 2023')", () => {
    expect(mayHaveCertainDay(en, "Officials decided in 2023 to resume talks")).toBe(false);
  });
  it("passes any text with a letter outside Latin-1, where chrono's case rules differ", () => {
    expect(mayHaveCertainDay(en, "ſeptember 5 2023")).toBe(true);
  });
  it.each([
    ["Updated one day ago", "en"],
    ["il y a une semaine", "fr"],
    ["in einer Std", "de"],
    ["dentro de una semana", "es"],
  ] as const)("skips a duration without digits, which counts from no date of the article's: %s", (text, language) => {
    expect(mayHaveCertainDay(localeFilter(language), text)).toBe(false);
  });
});

describe("what the filter skips", () => {
  const certain = (parser: chrono.Chrono, text: string) =>
    parser
      .parse(text, { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 })
      .some(({ start, text: found }) => start.isCertain("year") && start.isCertain("month") && start.isCertain("day") && WRITES_YEAR.test(found));
  const lines = [
    ...readdirSync("corpus/raw").flatMap((name) => readFileSync(`corpus/raw/${name}`, "utf8").split("\n")),
    "Dec. 7, 2022, 6:45 p.m. ET",
    "lundi 5 juin 2023 à 10h",
    "am 19.02.2024 um 10:00 Uhr",
    "martes, 3 de diciembre de 2024 - 01:18",
    "Thursday 17/February/2022 - 09:11 AM",
    "5th of June 2023",
    "2023 June 5",
    "Jun2023 5",
  ];
  it.each(LOCALES)("never holds a day-certain date for the %s parser", (language, parser) => {
    const filter = localeFilter(language);
    const missed = lines.filter((line) => !mayHaveCertainDay(filter, line) && certain(parser, line));
    expect(missed).toEqual([]);
  });
});
