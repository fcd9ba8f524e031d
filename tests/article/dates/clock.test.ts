import { describe, expect, it } from "vitest";
import { timeAfter, weekdayBefore } from "../../../pipeline/article/dates/clock.ts";

describe("timeAfter", () => {
  it("turns a 12-hour time into 24 hours", () => {
    expect(timeAfter(" - 07:29 PM", 0)).toEqual({ end: 11, time: "19:29" });
    expect(timeAfter(", 12:05 a.m.", 0)?.time).toBe("00:05");
  });
  it("keeps the printed zone", () => {
    expect(timeAfter(", 6:45 p.m. ET", 0)?.zone).toBe("America/New_York");
    expect(timeAfter(" 10:00 GMT", 0)?.zone).toBe("GMT");
    expect(timeAfter(" 10:00 +0300", 0)?.zone).toBe("+03:00");
  });
  it("reads a time set apart from its date by a slash (\"Nov 8, 2023 / 04:43 PM CST\")", () => {
    expect(timeAfter(" / 04:43 PM CST", 0)).toMatchObject({ end: 15, time: "16:43" });
    expect(timeAfter(" / 2023", 0)).toBeNull();
  });
  it("reads French and German clock times", () => {
    expect(timeAfter(" à 14h35", 0)?.time).toBe("14:35");
    expect(timeAfter(", 14:35 Uhr", 0)?.time).toBe("14:35");
  });
  it("does not take a bare number for a time", () => {
    expect(timeAfter(" 40,000 troops", 0)).toBeNull();
    expect(timeAfter(", in the United Arab Emirates", 0)).toBeNull();
  });
  it("rejects impossible times", () => {
    expect(timeAfter(" 25:10", 0)).toBeNull();
    expect(timeAfter(" 13:00 PM", 0)).toBeNull();
  });
});

describe("weekdayBefore", () => {
  it("finds the weekday printed before a date", () => {
    expect(weekdayBefore("Monday, 06/05/2023", 8)).toEqual({ start: 0, weekday: 1 });
    expect(weekdayBefore("lunes, el 5 de junio", 10)).toEqual({ start: 0, weekday: 1 });
  });
  it("finds nothing when no weekday is there", () => {
    expect(weekdayBefore("held on June 29", 8)).toBeNull();
  });
});
