import { describe, expect, it } from "vitest";
import { resolve } from "../../../pipeline/article/dates/resolve.ts";

const june6 = { year: 2023, month: 6, day: 6 };

describe("resolve", () => {
  it("gives a single absolute reading as it is", () => {
    expect(resolve({ kind: "absolute", readings: [{ year: 2021, month: 8 }] }, null)).toEqual({ date: { year: 2021, month: 8 } });
  });
  it("leaves two readings unresolved", () => {
    expect(resolve({ kind: "absolute", readings: [{ year: 2023, month: 5, day: 6 }, { year: 2023, month: 6, day: 5 }] }, june6)).toBeNull();
  });
  it("takes the year of the anchor for an earlier day (on May 12, published 6 June 2023)", () => {
    expect(resolve({ kind: "yearless", month: 5, day: 12 }, june6)).toEqual({ date: { year: 2023, month: 5, day: 12 } });
  });
  it("takes the year before when the day would follow the anchor", () => {
    expect(resolve({ kind: "yearless", month: 12, day: 7 }, june6)).toEqual({ date: { year: 2022, month: 12, day: 7 } });
  });
  it("keeps a year-less month at month precision (early May)", () => {
    expect(resolve({ kind: "yearless", month: 5 }, june6)).toEqual({ date: { year: 2023, month: 5 } });
  });
  it("carries a year-less range's last day", () => {
    expect(resolve({ kind: "yearless", month: 6, day: 29, endDay: 30 }, { year: 2022, month: 7, day: 1 })).toEqual({
      date: { year: 2022, month: 6, day: 29 },
      end: { year: 2022, month: 6, day: 30 },
    });
  });
  it("takes the last year that has the day: 'on February 29' in March 2021 was in 2020", () => {
    expect(resolve({ kind: "yearless", month: 2, day: 29 }, { year: 2021, month: 3, day: 6 })).toEqual({ date: { year: 2020, month: 2, day: 29 } });
    expect(resolve({ kind: "yearless", month: 2, day: 29 }, { year: 2024, month: 3, day: 1 })).toEqual({ date: { year: 2024, month: 2, day: 29 } });
  });
  it("resolves no day that no year has, nor a range that ends on one", () => {
    expect(resolve({ kind: "yearless", month: 2, day: 30 }, { year: 2021, month: 3, day: 6 })).toBeNull();
    expect(resolve({ kind: "yearless", month: 4, day: 30, endDay: 31 }, { year: 2021, month: 5, day: 6 })).toBeNull();
  });
  it("reads 'on Thursday' as the last Thursday on or before the anchor", () => {
    // 9 October 2021 was a Saturday.
    expect(resolve({ kind: "weekday", weekday: 4 }, { year: 2021, month: 10, day: 9 })).toEqual({ date: { year: 2021, month: 10, day: 7 } });
    expect(resolve({ kind: "weekday", weekday: 6 }, { year: 2021, month: 10, day: 9 })).toEqual({ date: { year: 2021, month: 10, day: 9 } });
  });
  it("keeps 'last month' at month precision, across a year", () => {
    expect(resolve({ kind: "relative", unit: "month", offset: -1 }, { year: 2023, month: 6, day: 5 })).toEqual({ date: { year: 2023, month: 5 } });
    expect(resolve({ kind: "relative", unit: "month", offset: -1 }, { year: 2023, month: 1, day: 5 })).toEqual({ date: { year: 2022, month: 12 } });
  });
  it("reads '3 days ago' as a day", () => {
    expect(resolve({ kind: "relative", unit: "day", offset: -3 }, { year: 2023, month: 3, day: 1 })).toEqual({ date: { year: 2023, month: 2, day: 26 } });
  });
  it("keeps 'earlier this week' at month precision, or year when the week straddles two months", () => {
    expect(resolve({ kind: "relative", unit: "week", offset: 0 }, { year: 2023, month: 6, day: 9 })).toEqual({ date: { year: 2023, month: 6 } });
    // Monday of that week was 29 May.
    expect(resolve({ kind: "relative", unit: "week", offset: 0 }, { year: 2023, month: 6, day: 2 })).toEqual({ date: { year: 2023 } });
  });
  it("resolves nothing relative without an anchor", () => {
    expect(resolve({ kind: "yearless", month: 5, day: 12 }, null)).toBeNull();
    expect(resolve({ kind: "relative", unit: "month", offset: -1 }, null)).toBeNull();
    expect(resolve({ kind: "weekday", weekday: 4 }, null)).toBeNull();
  });
});

describe("resolve, counting from the anchor", () => {
  it("keeps '2 months ago' and 'last year' at the unit's precision", () => {
    expect(resolve({ kind: "relative", unit: "month", offset: -2 }, { year: 2023, month: 3, day: 31 })).toEqual({ date: { year: 2023, month: 1 } });
    expect(resolve({ kind: "relative", unit: "year", offset: -1 }, { year: 2024, month: 2, day: 29 })).toEqual({ date: { year: 2023 } });
  });
  it("reads 'last week' from the Monday before the anchor's week", () => {
    // 5 June 2023 was a Monday: last week ran 29 May to 4 June.
    expect(resolve({ kind: "relative", unit: "week", offset: -1 }, { year: 2023, month: 6, day: 5 })).toEqual({ date: { year: 2023 } });
    expect(resolve({ kind: "relative", unit: "week", offset: -1 }, { year: 2023, month: 6, day: 14 })).toEqual({ date: { year: 2023, month: 6 } });
  });
  it("gives up a week that straddles two years", () => {
    // 1 January 2021 was a Friday: its week began on 28 December 2020.
    expect(resolve({ kind: "relative", unit: "week", offset: 0 }, { year: 2021, month: 1, day: 1 })).toBeNull();
  });
  it("counts nothing from an anchor that is no real date, but still gives a year-less date its year", () => {
    expect(resolve({ kind: "relative", unit: "day", offset: -1 }, { year: 2023, month: 2, day: 30 })).toBeNull();
    expect(resolve({ kind: "yearless", month: 1, day: 5 }, { year: 2023, month: 2, day: 30 })).toEqual({ date: { year: 2023, month: 1, day: 5 } });
  });
});
