import { describe, expect, it } from "vitest";
import { sha256 } from "../../pipeline/model/hash.ts";

describe("sha256", () => {
  it("is the standard SHA-256 in hex", () => {
    expect(sha256("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });
  it("hashes a text as its UTF-8 bytes", () => {
    expect(sha256("médiation")).toBe(sha256(new TextEncoder().encode("médiation")));
  });
});
