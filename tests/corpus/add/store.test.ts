import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DossierError } from "../../../pipeline/model/errors.ts";
import { withOverrides, writeRawFile } from "../../../pipeline/corpus/add/store.ts";

/** The file the messages name. */
const FILE = "article.txt";

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString("utf8");
const bytes = (value: string) => Buffer.from(value, "utf8");

describe("withOverrides", () => {
  it("stores the text unchanged when there is nothing to correct", () => {
    const original = bytes("Headline\n\nBody.\n");
    expect(withOverrides(FILE, original, {})).toBe(original);
  });

  it("puts the corrections in a front matter block on top", () => {
    expect(text(withOverrides(FILE, bytes("Headline\n\nBody.\n"), { title: "Better", published: "2024-06-03" }))).toBe(
      "---\ntitle: Better\npublished: 2024-06-03\n---\nHeadline\n\nBody.\n",
    );
  });

  it("merges with the block the text already opens with, the new value winning", () => {
    const own = bytes("---\nsource: Old\ntitle: Mine\n---\nHeadline\n\nBody.\n");
    expect(text(withOverrides(FILE, own, { title: "Better" }))).toBe("---\ntitle: Better\nsource: Old\n---\nHeadline\n\nBody.\n");
  });

  it("leaves legacy-encoded bytes as they are below the block", () => {
    const latin1 = Buffer.from("Médiation\n\nCorps.\n", "latin1");
    const stored = Buffer.from(withOverrides(FILE, latin1, { source: "Le Monde" }));
    expect(stored.subarray(stored.length - latin1.length).equals(latin1)).toBe(true);
    expect(stored.toString("latin1")).toMatch(/^---\nsource: Le Monde\n---\nMédiation/);
  });
});

describe("writeRawFile", () => {
  const dir = () => {
    const root = mkdtempSync(join(tmpdir(), "raw-"));
    mkdirSync(join(root, "raw"));
    return root;
  };

  it("writes a new file inside the folder", () => {
    const root = dir();
    const file = writeRawFile(join(root, "raw"), "x.txt", bytes("text"));
    expect(file).toBe(join(root, "raw", "x.txt"));
    expect(readFileSync(file, "utf8")).toBe("text");
  });

  it("never overwrites an existing file", () => {
    const root = dir();
    writeFileSync(join(root, "raw", "x.txt"), "original");
    expect(() => writeRawFile(join(root, "raw"), "x.txt", bytes("new"))).toThrow(DossierError);
    expect(readFileSync(join(root, "raw", "x.txt"), "utf8")).toBe("original");
  });

  it("refuses a name that leads out of the folder", () => {
    const root = dir();
    expect(() => writeRawFile(join(root, "raw"), "../x.txt", bytes("text"))).toThrow(/outside/);
    expect(existsSync(join(root, "x.txt"))).toBe(false);
  });
});
