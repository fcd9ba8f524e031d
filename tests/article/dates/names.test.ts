import { describe, expect, it } from "vitest";
import { fold, fullWeekdayOf, monthOf, weekdayOf } from "../../../pipeline/article/dates/names.ts";

describe("month names", () => {
  it("reads long names in the four languages", () => {
    expect([monthOf("December"), monthOf("décembre"), monthOf("Dezember"), monthOf("diciembre")]).toEqual([12, 12, 12, 12]);
  });
  it("reads abbreviations with or without their dot", () => {
    expect([monthOf("Dec."), monthOf("déc."), monthOf("Sept"), monthOf("janv.")]).toEqual([12, 12, 9, 1]);
  });
  it("reads names printed without accents", () => {
    expect([monthOf("aout"), monthOf("Marz"), monthOf("fevrier")]).toEqual([8, 3, 2]);
  });
  it("does not read the English verb 'may' as a month", () => {
    expect(monthOf("may")).toBeNull();
    expect(monthOf("May")).toBe(5);
  });
  it("reads the lower-case French 'mai' and the German 'Mai'", () => {
    expect([monthOf("mai"), monthOf("Mai")]).toEqual([5, 5]);
  });
  it("knows nothing of other words", () => {
    expect(monthOf("Doha")).toBeNull();
  });
});

describe("weekday names", () => {
  it("numbers weekdays from Monday = 1", () => {
    expect([weekdayOf("Monday"), weekdayOf("mercredi"), weekdayOf("Donnerstag"), weekdayOf("domingo")]).toEqual([1, 3, 4, 7]);
  });
  it("lets only written-out weekdays stand alone", () => {
    expect(weekdayOf("Do")).toBe(4);
    expect(fullWeekdayOf("Do")).toBeNull();
    expect(fullWeekdayOf("jueves")).toBe(4);
  });
});

describe("fold", () => {
  it("drops case, accents and a trailing dot", () => {
    expect(fold("Déc.")).toBe("dec");
  });
});
