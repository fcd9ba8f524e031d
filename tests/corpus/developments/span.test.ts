import { describe, expect, it } from "vitest";
import { compatible, spanOf } from "../../../pipeline/corpus/developments/span.ts";

describe("spanOf", () => {
  it("covers a day, a month, a year and a range", () => {
    expect(spanOf({ year: 2023, month: 5, day: 12 })).toEqual({ first: "2023-05-12", last: "2023-05-12" });
    expect(spanOf({ year: 2024, month: 2 })).toEqual({ first: "2024-02-01", last: "2024-02-29" });
    expect(spanOf({ year: 2013 })).toEqual({ first: "2013-01-01", last: "2013-12-31" });
    expect(spanOf({ year: 2022, month: 6, day: 29 }, { year: 2022, month: 6, day: 30 })).toEqual({ first: "2022-06-29", last: "2022-06-30" });
  });
  it("ends each month on its own last day", () => {
    expect(spanOf({ year: 2023, month: 2 }).last).toBe("2023-02-28");
    expect(spanOf({ year: 1900, month: 2 }).last).toBe("1900-02-28");
    expect(spanOf({ year: 2000, month: 2 }).last).toBe("2000-02-29");
    expect(spanOf({ year: 2021, month: 4 }).last).toBe("2021-04-30");
    expect(spanOf({ year: 2021, month: 8 }).last).toBe("2021-08-31");
  });
  it("ends a range that closes on a month at that month's last day", () => {
    expect(spanOf({ year: 2021, month: 8 }, { year: 2021, month: 9 })).toEqual({ first: "2021-08-01", last: "2021-09-30" });
  });
});

describe("compatible", () => {
  const may = spanOf({ year: 2023, month: 5 });
  it("holds when one date contains the other", () => {
    expect(compatible(may, spanOf({ year: 2023, month: 5, day: 12 }))).toBe(true);
    expect(compatible(spanOf({ year: 2023 }), may)).toBe(true);
  });
  it("fails for two different days or months", () => {
    expect(compatible(spanOf({ year: 2023, month: 5, day: 12 }), spanOf({ year: 2023, month: 5, day: 13 }))).toBe(false);
    expect(compatible(may, spanOf({ year: 2023, month: 6 }))).toBe(false);
  });
});
