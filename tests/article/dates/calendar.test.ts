import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { isRealDate } from "../../../pipeline/model/dates.ts";
import { addDays, addMonths, compareDates, weekdayOfDate } from "../../../pipeline/article/dates/calendar.ts";

const luxon = (year: number, month: number, day: number) => DateTime.fromObject({ year, month, day }, { zone: "utc" });

describe("isRealDate", () => {
  it("knows month lengths and leap years", () => {
    expect(isRealDate(2023, 6, 30)).toBe(true);
    expect(isRealDate(2023, 6, 31)).toBe(false);
    expect(isRealDate(2024, 2, 29)).toBe(true);
    expect(isRealDate(2023, 2, 29)).toBe(false);
    expect(isRealDate(1900, 2, 29)).toBe(false);
    expect(isRealDate(2000, 2, 29)).toBe(true);
  });
  it("rejects month 0 and 13, day 0, and non-integers", () => {
    expect(isRealDate(2023, 0, 1)).toBe(false);
    expect(isRealDate(2023, 13, 1)).toBe(false);
    expect(isRealDate(2023, 5, 0)).toBe(false);
    expect(isRealDate(2023, 5.5, 1)).toBe(false);
  });
  it("takes a missing day as the first", () => {
    expect(isRealDate(2023, 2)).toBe(true);
  });
  it("agrees with luxon on every day number of every month of 1899-2101", () => {
    for (let year = 1899; year <= 2101; year++) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) expect(isRealDate(year, month, day)).toBe(luxon(year, month, day).isValid);
      }
    }
  });
});

describe("weekdayOfDate", () => {
  it("numbers Monday 1 and Sunday 7", () => {
    expect(weekdayOfDate({ year: 2021, month: 10, day: 4 })).toBe(1);
    expect(weekdayOfDate({ year: 2021, month: 10, day: 10 })).toBe(7);
  });
  it("takes the first day of a month or a year", () => {
    expect(weekdayOfDate({ year: 2023, month: 6 })).toBe(4);
    expect(weekdayOfDate({ year: 2023 })).toBe(7);
  });
  it("is NaN for a date that does not exist, as no weekday agrees with it", () => {
    expect(weekdayOfDate({ year: 2023, month: 2, day: 30 })).toBeNaN();
  });
  it("agrees with luxon on every day of 1999-2025", () => {
    for (let date = luxon(1999, 1, 1); date.year <= 2025; date = date.plus({ days: 1 })) {
      expect(weekdayOfDate({ year: date.year, month: date.month, day: date.day })).toBe(date.weekday);
    }
  });
});

describe("addDays", () => {
  it("crosses months, leap days and years both ways", () => {
    expect(addDays({ year: 2023, month: 3, day: 1 }, -3)).toEqual({ year: 2023, month: 2, day: 26 });
    expect(addDays({ year: 2024, month: 2, day: 28 }, 1)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(addDays({ year: 2023, month: 12, day: 30 }, 6)).toEqual({ year: 2024, month: 1, day: 5 });
  });
  it("keeps years below 100 as written", () => {
    expect(addDays({ year: 99, month: 12, day: 31 }, 1)).toEqual({ year: 100, month: 1, day: 1 });
  });
  it("agrees with luxon from every day of 2020-2024 by -400 to 400 days", () => {
    for (let date = luxon(2020, 1, 1); date.year <= 2024; date = date.plus({ days: 1 })) {
      for (const days of [-400, -31, -7, -1, 0, 1, 6, 29, 400]) {
        const other = date.plus({ days });
        expect(addDays({ year: date.year, month: date.month, day: date.day }, days)).toEqual({ year: other.year, month: other.month, day: other.day });
      }
    }
  });
});

describe("addMonths", () => {
  it("crosses years both ways", () => {
    expect(addMonths({ year: 2023, month: 1 }, -1)).toEqual({ year: 2022, month: 12 });
    expect(addMonths({ year: 2023, month: 12 }, 1)).toEqual({ year: 2024, month: 1 });
    expect(addMonths({ year: 2023, month: 5 }, -29)).toEqual({ year: 2020, month: 12 });
    expect(addMonths({ year: 2023, month: 5 }, 0)).toEqual({ year: 2023, month: 5 });
  });
});

describe("compareDates", () => {
  it("orders dates of any precision by their first day", () => {
    expect(compareDates({ year: 2023, month: 5 }, { year: 2023, month: 5, day: 1 })).toBe(0);
    expect(compareDates({ year: 2023 }, { year: 2023, month: 2 })).toBeLessThan(0);
  });
});
