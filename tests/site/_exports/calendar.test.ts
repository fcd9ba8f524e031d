import { describe, expect, it } from "vitest";
import { fold, icalText } from "../../../src/_exports/calendar.ts";

describe("icalText", () => {
  it("escapes backslash, semicolon, comma and line breaks, and drops control characters", () => {
    expect(icalText("a\\b;c,d\ne\r\nf\u0001g")).toBe("a\\\\b\\;c\\,d\\ne\\nfg");
  });
});

describe("fold", () => {
  it("leaves a line of 75 octets as it is", () => expect(fold("x".repeat(75))).toBe("x".repeat(75)));
  it("folds longer lines so none exceeds 75 octets, and unfolding gives the line back", () => {
    const line = `SUMMARY:${"Médiation qatarie à Doha — 😀 ".repeat(12)}`;
    const folded = fold(line);
    for (const part of folded.split("\r\n")) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, "")).toBe(line);
    expect(folded).not.toContain("\uFFFD");
  });
});
