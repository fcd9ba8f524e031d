import { describe, expect, it } from "vitest";
import { absoluteReaders } from "../../../pipeline/article/dates/absolute.ts";
import { matches } from "../../../pipeline/article/dates/patterns.ts";
import { relativeReaders } from "../../../pipeline/article/dates/relative.ts";
import { allowedBy, findDates, mayHoldDates } from "../../../pipeline/article/dates/scan.ts";

const one = (text: string) => {
  const found = findDates(text);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe("absolute dates", () => {
  it("reads a written-out day with a dotted month and a time", () => {
    expect(one("Dec. 7, 2022, 6:45 p.m. ET")).toMatchObject({
      when: { kind: "absolute", readings: [{ year: 2022, month: 12, day: 7 }] },
      time: "18:45",
      zone: "America/New_York",
    });
  });
  it("keeps the year after a dotted day (October 9. 2021)", () => {
    expect(one("October 9. 2021 13:24")).toMatchObject({ when: { readings: [{ year: 2021, month: 10, day: 9 }] }, time: "13:24" });
  });
  it("reads a day and month name between slashes", () => {
    expect(one("Tuesday 06/June/2023 - 07:29 PM")).toMatchObject({
      when: { readings: [{ year: 2023, month: 6, day: 6 }] },
      weekday: 2,
      time: "19:29",
    });
  });
  it("reads French, German and Spanish day-first dates", () => {
    expect(one("mercredi 7 décembre 2022").when).toEqual({ kind: "absolute", readings: [{ year: 2022, month: 12, day: 7 }] });
    expect(one("am 12. Mai 2023 in Berlin").when).toEqual({ kind: "absolute", readings: [{ year: 2023, month: 5, day: 12 }] });
    expect(one("el 5 de junio de 2023").when).toEqual({ kind: "absolute", readings: [{ year: 2023, month: 6, day: 5 }] });
  });
  it("reads dotted numeric dates day first, with 'Uhr'", () => {
    expect(one("19.02.2024, 14:35 Uhr")).toMatchObject({ when: { readings: [{ year: 2024, month: 2, day: 19 }] }, time: "14:35" });
  });
  it("keeps both readings of a slashed date when both are real", () => {
    expect(one("06/05/2023").when).toEqual({
      kind: "absolute",
      readings: [{ year: 2023, month: 5, day: 6 }, { year: 2023, month: 6, day: 5 }],
    });
  });
  it("keeps only the real reading of a slashed date", () => {
    expect(one("13/05/2023").when).toEqual({ kind: "absolute", readings: [{ year: 2023, month: 5, day: 13 }] });
  });
  it("reads ISO timestamps with their zone", () => {
    expect(one("2023-06-05T10:00:00Z")).toMatchObject({ time: "10:00", zone: "UTC" });
    expect(one("2023-06-05T10:00:00+0300")).toMatchObject({ time: "10:00", zone: "+03:00" });
  });
  it("reads year-first dates with slashes or dots", () => {
    expect(one("2023/06/05").when).toEqual({ kind: "absolute", readings: [{ year: 2023, month: 6, day: 5 }] });
    expect(one("2023.06.05").when).toEqual({ kind: "absolute", readings: [{ year: 2023, month: 6, day: 5 }] });
  });
  it("reads a range of two days (on June 29 and 30, 2022)", () => {
    expect(one("was held on June 29 and 30, 2022 in Doha").when).toEqual({
      kind: "absolute",
      readings: [{ year: 2022, month: 6, day: 29 }],
      end: { year: 2022, month: 6, day: 30 },
    });
  });
  it("reads a month and year at month precision in every language", () => {
    for (const text of ["in August 2021", "En août 2021", "im August 2021", "en agosto de 2021"]) {
      expect(one(text).when).toEqual({ kind: "absolute", readings: [{ year: 2021, month: 8 }] });
    }
  });
  it("reads a year only after a preposition", () => {
    expect(one("ouvert à Doha en 2013 et").when).toEqual({ kind: "absolute", readings: [{ year: 2013 }] });
    expect(findDates("AITV News Special Events - G4 (2023)")).toEqual([]);
    expect(findDates("the 40,000-man army")).toEqual([]);
  });
  it("rejects days the calendar does not have", () => {
    expect(findDates("on February 30, 2023")).toEqual([]);
  });
});

describe("dates that need an anchor", () => {
  it("reads a day and month without a year", () => {
    expect(one("se sont rencontrés le 12 mai pour").when).toEqual({ kind: "yearless", month: 5, day: 12 });
    expect(one("the meeting took place on May 12 in Kandahar").when).toEqual({ kind: "yearless", month: 5, day: 12 });
  });
  it("reads a month named with a qualifier at month precision", () => {
    for (const text of ["held in early May in the Qatari capital", "in mid-May, which", "at the end of August should", "début mai", "Anfang Mai", "a mediados de mayo"]) {
      expect(one(text).when).toMatchObject({ kind: "yearless" });
      expect(one(text).when).not.toHaveProperty("day");
    }
  });
  it("reads relative phrases in the four languages", () => {
    for (const text of ["last month", "le mois dernier", "letzten Monat", "el mes pasado"]) {
      expect(one(text).when).toEqual({ kind: "relative", unit: "month", offset: -1 });
    }
    expect(one("il y a 3 jours").when).toEqual({ kind: "relative", unit: "day", offset: -3 });
    expect(one("earlier this week").when).toEqual({ kind: "relative", unit: "week", offset: 0 });
  });
  it("reads a weekday standing alone, but not a future one", () => {
    expect(one("Sohail Shaheen, said on Thursday that").when).toEqual({ kind: "weekday", weekday: 4 });
    expect(findDates("talks next Monday")).toEqual([]);
    expect(findDates("jeudi prochain")).toEqual([]);
  });
  it("does not read the verb 'may'", () => {
    expect(findDates("the meeting may 12 people attend")).toEqual([]);
  });
});

it("finds every date of a sentence in reading order", () => {
  expect(findDates("im August 2021 und letzten Monat").map((m) => m.text)).toEqual(["August 2021", "letzten Monat"]);
});

it("keeps a sentence's full stop out of a month name but an abbreviation's dot in", () => {
  expect(one("took over the role of mediator in June.").text).toBe("in June");
  expect(one("le 7 déc. 2022").text).toBe("7 déc. 2022");
});

describe("readers that need a digit", () => {
  const WITHOUT_DIGITS = "In early May, last week, on Thursday, à la mi-juin, seit Mai, el pasado agosto de, the day before yesterday, August of, Dec. the fifth";
  it("match nothing in a text without one, so skipping them there changes nothing", () => {
    const needy = [...absoluteReaders, ...relativeReaders].filter((reader) => reader.needsDigit);
    expect(needy.length).toBeGreaterThan(5);
    for (const reader of needy) expect([...matches(reader.regex, WITHOUT_DIGITS)]).toEqual([]);
  });
  it("leave digit-free dates to the other readers", () => {
    expect(findDates("Talks resumed in early May and again last week.").map((mention) => mention.text)).toEqual(["in early May", "last week"]);
  });
});

describe("mayHoldDates", () => {
  it("rules out a paragraph with no digit and no month, weekday or relative word", () => {
    expect(mayHoldDates("The delegations met again in Doha to discuss the release of prisoners.")).toBe(false);
  });
  it("keeps a paragraph with a digit, a month name, a weekday or a relative phrase", () => {
    expect(mayHoldDates("The talks lasted 3 hours.")).toBe(true);
    expect(mayHoldDates("Les délégations se sont rencontrées en mai.")).toBe(true);
    expect(mayHoldDates("Officials met on Thursday in Doha.")).toBe(true);
    expect(mayHoldDates("Die Gespräche begannen letzte Woche.")).toBe(true);
  });
  it("keeps a text with a word outside Latin-1, which no word may rule out", () => {
    expect(mayHoldDates("Talks in Dоha resumed.")).toBe(true);
  });
  it("agrees with findDates on every sentence of a paragraph it rules out", () => {
    const paragraph = "Dr. Smith spoke first. Then the U.S. envoy answered! Nobody knew what came next.";
    expect(mayHoldDates(paragraph)).toBe(false);
    for (const sentence of paragraph.split(/(?<=[.!])\s+/)) expect(findDates(sentence)).toEqual([]);
  });
});

describe("relative phrases", () => {
  it("reads a phrase through its last word, whatever the first", () => {
    expect(findDates("It happened the day before yesterday in Doha.").map((mention) => mention.text)).toEqual(["the day before yesterday"]);
    expect(findDates("Cela s'est passé l'an dernier.").map((mention) => mention.text)).toEqual(["l'an dernier"]);
  });
});

describe("findDates with a paragraph's allowed readers", () => {
  it("finds in each sentence what the sentence alone gives", () => {
    const paragraph = "Talks resumed on 5 June 2023. Officials met again on Thursday. Nobody spoke of May. Il y a 3 jours, rien.";
    const allowed = allowedBy(paragraph);
    for (const sentence of paragraph.split(/(?<=\.)\s+/)) expect(findDates(sentence, allowed)).toEqual(findDates(sentence));
  });
});
