import { describe, expect, it } from "vitest";
import { dayAfter, firstDay, readableDate, readableRange, rfc3339, rfc822, startOf } from "../../../src/_model/dates.ts";

describe("readableDate", () => {
  it("shows a day as '12 May 2023'", () => expect(readableDate("2023-05-12")).toBe("12 May 2023"));
  it("shows a month as 'May 2023'", () => expect(readableDate("2023-05")).toBe("May 2023"));
  it("shows a year as '2013'", () => expect(readableDate("2013")).toBe("2013"));
  it("does not pad single-digit days", () => expect(readableDate("2021-08-01")).toBe("1 August 2021"));
});

describe("readableRange", () => {
  it("shows both ends of a range", () => expect(readableRange("2022-06-29", "2022-06-30")).toBe("29 June 2022 – 30 June 2022"));
  it("shows one date when the range has no other end", () => expect(readableRange("2022-06-29", undefined)).toBe("29 June 2022"));
});

describe("startOf and rfc822", () => {
  it("start a date at midnight UTC", () => expect(startOf("2023-05").toISO()).toBe("2023-05-01T00:00:00.000Z"));
  it("format RSS dates in UTC", () => expect(rfc822("2024-01-15")).toBe("Mon, 15 Jan 2024 00:00:00 +0000"));
});

describe("rfc3339", () => {
  it("gives the first instant of a date in UTC", () => {
    expect(rfc3339("2023-05-12")).toBe("2023-05-12T00:00:00Z");
    expect(rfc3339("2023-05")).toBe("2023-05-01T00:00:00Z");
  });
});

describe("dayAfter and firstDay", () => {
  it("end a day on the next day, a month on the first of the next month, a year on the next New Year's Day", () => {
    expect(dayAfter("2024-02-28")).toBe("2024-02-29");
    expect(dayAfter("2023-12-31")).toBe("2024-01-01");
    expect(dayAfter("2023-05")).toBe("2023-06-01");
    expect(dayAfter("2023-12")).toBe("2024-01-01");
    expect(dayAfter("2023")).toBe("2024-01-01");
  });
  it("start any date on its first day", () => {
    expect([firstDay("2023"), firstDay("2023-05"), firstDay("2023-05-12")]).toEqual(["2023-01-01", "2023-05-01", "2023-05-12"]);
  });
});
