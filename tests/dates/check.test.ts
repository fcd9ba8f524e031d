import { describe, expect, it } from "vitest";
import { check } from "../../pipeline/dates/check.ts";
import { findDates } from "../../pipeline/dates/scan.ts";

const first = (text: string) => findDates(text)[0]!;

describe("check", () => {
  it("lets the weekday pick mm/dd (Monday, 06/05/2023 is 5 June)", () => {
    expect(check(first("Monday, 06/05/2023"), null)).toEqual({ resolved: { date: { year: 2023, month: 6, day: 5 } }, problem: null });
  });
  it("lets the weekday pick dd/mm (Saturday, 06/05/2023 is 6 May)", () => {
    expect(check(first("Saturday, 06/05/2023"), null).resolved).toEqual({ date: { year: 2023, month: 5, day: 6 } });
  });
  it("does not guess between two readings without a weekday", () => {
    expect(check(first("06/05/2023"), null)).toEqual({ resolved: null, problem: "ambiguous" });
  });
  it("flags a weekday that fits neither reading", () => {
    expect(check(first("Sunday, 06/05/2023"), null).problem).toBe("weekday-mismatch");
  });
  it("flags a weekday that contradicts a plain date but keeps the date", () => {
    expect(check(first("Sunday, June 5, 2023"), null)).toEqual({ resolved: { date: { year: 2023, month: 6, day: 5 } }, problem: "weekday-mismatch" });
  });
  it("calls a relative date without anchor unanchored", () => {
    expect(check(first("yesterday"), null)).toEqual({ resolved: null, problem: "unanchored" });
  });
});
