import { describe, expect, it } from "vitest";
import { sha256, sha256Parts } from "../../pipeline/model/hash.ts";

describe("sha256", () => {
  it("is the standard SHA-256 in hex", () => {
    expect(sha256("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });
  it("hashes a text as its UTF-8 bytes", () => {
    expect(sha256("médiation")).toBe(sha256(new TextEncoder().encode("médiation")));
  });
});

describe("sha256Parts", () => {
  it("is the hash of the text the parts make together", () => {
    expect(sha256Parts(["méd", "", "iation à Doha"])).toBe(sha256("médiation à Doha"));
    expect(sha256Parts([])).toBe(sha256(""));
  });
});
