import { describe, expect, it } from "vitest";
import { readableDate, readableRange, rfc822, startOf } from "../../../src/_config/dates.ts";

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
