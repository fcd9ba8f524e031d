import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readRange, readWritten, withByteRanges, writeAtomic } from "../../pipeline/corpus/files.ts";

function outDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "dossier-written-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe("readWritten", () => {
  it("reads the id and raw name of a generated article", () => {
    const dir = outDir({ "2023-06-05-talks.md": "---\nid: 2023-06-05-talks\ntitle: Talks\nraw: corpus/raw/001_a.txt\n---\n\nText\n" });
    expect(readWritten(dir).get("001_a.txt")).toMatchObject({ id: "2023-06-05-talks", raw: "001_a.txt", intact: false });
  });

  it("reads an id long enough for the YAML writer to fold it onto the next line", () => {
    const id = "2021-01-23-islamabad-una-delegacion-de-la-onu-aborda-la-mujeres-afganas-c8028b91";
    const dir = outDir({ [`${id}.md`]: `---\nid: >-\n  ${id}\ntitle: 'Islamabad'\nraw: corpus/raw/01255_3e.txt\n---\n\nText\n` });
    expect(readWritten(dir).get("01255_3e.txt")?.id).toBe(id);
  });
});

describe("writeAtomic", () => {
  it("writes text given in parts as one file, and leaves no temporary file", () => {
    const dir = outDir({});
    const parts = Array.from({ length: 1000 }, (_, i) => `{"record":${i}}\n`);
    writeAtomic(join(dir, "records.jsonl"), parts);
    expect(readFileSync(join(dir, "records.jsonl"), "utf8")).toBe(parts.join(""));
    expect(readdirSync(dir)).toEqual(["records.jsonl"]);
  });
  it("writes parts given as text and as bytes in their order", () => {
    const dir = outDir({});
    writeAtomic(join(dir, "mixed.txt"), ["Qatar « ", Buffer.from("médiation"), " » ", Buffer.from("قطر\n"), "end\n"]);
    expect(readFileSync(join(dir, "mixed.txt"), "utf8")).toBe("Qatar « médiation » قطر\nend\n");
  });
});

describe("withByteRanges and readRange", () => {
  it("reads stretches of a file by their bytes, in order and out of it, across its windows of a few megabytes", () => {
    // Letters of two, three and four bytes, over more than one window.
    const lines = Array.from({ length: 120_000 }, (_, at) => `${at} Qatar « médiation » قطر 🇶🇦 talks\n`);
    const dir = outDir({ "file.txt": lines.join("") });
    const ranges: { start: number; bytes: number }[] = [];
    let start = 0;
    for (const line of lines) {
      ranges.push({ start, bytes: Buffer.byteLength(line) });
      start += Buffer.byteLength(line);
    }
    const order = [0, 1, 50_000, 119_999, 3, 80_000, 80_001];
    expect(withByteRanges(join(dir, "file.txt"), (read) => order.map((at) => read(ranges[at]!).toString("utf8")))).toEqual(order.map((at) => lines[at]));
    expect(order.map((at) => readRange(join(dir, "file.txt"), ranges[at]!))).toEqual(order.map((at) => lines[at]));
  });
});
