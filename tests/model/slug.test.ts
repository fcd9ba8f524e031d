import { describe, expect, it } from "vitest";
import { boundedSlug, MAX_SLUG_BYTES } from "../../pipeline/model/slug.ts";
import { parseTaxonomy } from "../../pipeline/model/taxonomy.ts";

const size = (text: string) => Buffer.byteLength(text, "utf8");

describe("boundedSlug", () => {
  it("leaves a slug within the limit as it is", () => {
    expect(boundedSlug("qatar-hosts-talks")).toBe("qatar-hosts-talks");
    expect(boundedSlug("a".repeat(MAX_SLUG_BYTES))).toBe("a".repeat(MAX_SLUG_BYTES));
  });

  it("cuts a long slug to the limit in bytes, ending in a hash of the whole, the same way every time", () => {
    const long = `${"talks-".repeat(50)}end`;
    const cut = boundedSlug(long);
    expect(size(cut)).toBeLessThanOrEqual(MAX_SLUG_BYTES);
    expect(cut).toMatch(/^talks-talks-.*[a-z]-[0-9a-f]{8}$/);
    expect(boundedSlug(long)).toBe(cut);
  });

  it("keeps two long slugs that share their start apart", () => {
    const start = "x".repeat(300);
    expect(boundedSlug(`${start}-a`)).not.toBe(boundedSlug(`${start}-b`));
  });

  it("counts bytes, not characters, and never cuts inside a character", () => {
    const cut = boundedSlug("é".repeat(100));
    expect(size(cut)).toBeLessThanOrEqual(MAX_SLUG_BYTES);
    expect(cut).toMatch(/^é+-[0-9a-f]{8}$/u);
    expect(boundedSlug("😀".repeat(40))).toMatch(/^(😀)+-[0-9a-f]{8}$/u);
  });
});

describe("ids from configuration that become paths", () => {
  it("refuses a topic id longer than the limit, naming the file and the key", () => {
    const id = "t".repeat(MAX_SLUG_BYTES + 1);
    const text = `topics:\n  - id: ${id}\n    title: T\n    description: D\n    signals: { en: [talks] }\n`;
    expect(() => parseTaxonomy(text, "topics.yaml")).toThrow(`topics.yaml: topics.0.id: expected at most ${MAX_SLUG_BYTES} bytes`);
    expect(parseTaxonomy(text.replace(id, "t".repeat(MAX_SLUG_BYTES)), "topics.yaml")).toHaveLength(1);
  });
});
