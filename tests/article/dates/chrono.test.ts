import { describe, expect, it } from "vitest";
import { chronoDates } from "../../../pipeline/article/dates/chrono.ts";

describe("chronoDates", () => {
  it("reads a stamp the patterns do not know, with its zone as printed", () => {
    expect(chronoDates("5th of June 2023, 10:00 GMT", "en")).toMatchObject([
      { when: { kind: "absolute", readings: [{ year: 2023, month: 6, day: 5 }] }, time: "10:00", zone: "GMT" },
    ]);
  });
  it("keeps the printed weekday so it can be checked", () => {
    expect(chronoDates("lundi 5 juin 2023 à 10h", "fr")[0]).toMatchObject({ weekday: 1, time: "10:00" });
  });
  it("drops dates whose year chrono would have to guess", () => {
    expect(chronoDates("le 12 mai", "fr")).toEqual([]);
  });
  it("invents no time when none is printed", () => {
    expect(chronoDates("Montag, 5. Juni 2023", "de")[0]).not.toHaveProperty("time");
  });
});

describe("chronoDates on durations", () => {
  // chrono is certain of "one day ago" only relative to its reference, which is no date of the article's.
  it("reads none: a relative stamp has nothing to count from", () => {
    expect(chronoDates("Updated one day ago")).toEqual([]);
    expect(chronoDates("Coffee & Accessories / 14 hours ago", "en")).toEqual([]);
    expect(chronoDates("vor 3 Tagen", "de")).toEqual([]);
  });
});

describe("chronoDates on numeric dates", () => {
  it("reads a dotted date with a two-digit year day first, in every locale", () => {
    expect(chronoDates("Christoph Lübben | 02.12.19", "en")[0]?.when).toEqual({ kind: "absolute", readings: [{ year: 2019, month: 12, day: 2 }] });
  });
  it("keeps both readings of a slashed date, for the page's language to decide", () => {
    expect(chronoDates("02/11/2023, 21:34 WIB", "en")[0]?.when).toEqual({
      kind: "absolute",
      readings: [{ year: 2023, month: 11, day: 2 }, { year: 2023, month: 2, day: 11 }],
    });
  });
});
