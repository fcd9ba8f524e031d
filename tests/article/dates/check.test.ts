import { describe, expect, it } from "vitest";
import { check } from "../../../pipeline/article/dates/check.ts";
import { findDates } from "../../../pipeline/article/dates/scan.ts";

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
  it("reads dd/mm on a page in a language that writes the day first", () => {
    expect(check(first("02/11/2023"), null, "de").resolved).toEqual({ date: { year: 2023, month: 11, day: 2 } });
    expect(check(first("02/11/2023"), null, "id").resolved).toEqual({ date: { year: 2023, month: 11, day: 2 } });
  });
  it("leaves an English page's two readings undecided: it may be American or British", () => {
    expect(check(first("02/11/2023"), null, "en")).toEqual({ resolved: null, problem: "ambiguous" });
  });
  it("lets a weekday overrule the language", () => {
    expect(check(first("Thursday, 11/02/2023"), null, "de").resolved).toEqual({ date: { year: 2023, month: 11, day: 2 } });
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
