import { mkdtempSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CachedFile, PreviousCache } from "../../pipeline/corpus/cache.ts";
import { fileStat } from "../../pipeline/corpus/files.ts";
import { readWritten } from "../../pipeline/corpus/files.ts";
import { scanRaw, vouchFrom } from "../../pipeline/corpus/fresh.ts";
import { sha256 } from "../../pipeline/model/hash.ts";

const RAW = "Talks in Doha\n\nThe delegations met on 5 June 2023 in Doha.\n";
const ARTICLE = "---\nid: 2023-06-05-talks\nraw: corpus/raw/a.txt\n---\n\nThe delegations met.\n";

/** A raw folder with a.txt, an output folder with its article, and a cache that recorded both as they are now. */
function corpus(time = Number.MAX_SAFE_INTEGER) {
  const rawDir = mkdtempSync(join(tmpdir(), "dossier-fresh-raw-"));
  const outDir = mkdtempSync(join(tmpdir(), "dossier-fresh-out-"));
  writeFileSync(join(rawDir, "a.txt"), RAW);
  writeFileSync(join(outDir, "2023-06-05-talks.md"), ARTICLE);
  const entry: CachedFile = {
    raw_sha256: sha256(RAW),
    raw_stat: fileStat(statSync(join(rawDir, "a.txt"))),
    output_sha256: sha256(ARTICLE),
    output_file: "2023-06-05-talks.md",
    output_stat: fileStat(statSync(join(outDir, "2023-06-05-talks.md"))),
    fingerprint: [],
    duplicate_of: null,
  };
  const previous: PreviousCache = { stamp: "s", files: { "a.txt": entry }, time };
  return { rawDir, outDir, previous, entry };
}

describe("vouchFrom", () => {
  it("vouches for a recorded article by its metadata, with id, raw name and duplicate flag from the cache", () => {
    const { outDir, previous } = corpus();
    const written = readWritten(outDir, vouchFrom(previous)).get("a.txt")!;
    expect(written).toMatchObject({ id: "2023-06-05-talks", raw: "a.txt", duplicate: false, intact: true, vouched: true });
    expect(written.text).toBe(ARTICLE);
  });
  it("reads an article whose size changed, and finds the hand edit", () => {
    const { outDir, previous } = corpus();
    writeFileSync(join(outDir, "2023-06-05-talks.md"), `${ARTICLE}Added by hand.\n`);
    expect(readWritten(outDir, vouchFrom(previous)).get("a.txt")).toMatchObject({ vouched: false, intact: false });
  });
  it("reads every article while the cache is as recent as they are", () => {
    const { outDir, previous, entry } = corpus();
    expect(readWritten(outDir, vouchFrom({ ...previous, time: entry.output_stat.ctime })).get("a.txt")!.vouched).toBe(false);
  });
});

describe("scanRaw", () => {
  it("skips a vouched pair without hashing: metadata is all it trusts", () => {
    const { rawDir, outDir, previous } = corpus();
    const written = readWritten(outDir, vouchFrom(previous));
    // Same size, content the cache never hashed: only metadata (here unchanged in the record) is compared.
    const scan = scanRaw(rawDir, ["a.txt"], written, { ...previous, files: { "a.txt": { ...previous.files["a.txt"]!, raw_sha256: "not-read" } } });
    expect(scan.pending).toEqual([]);
    expect([...scan.fresh.keys()]).toEqual(["a.txt"]);
  });
  it("hashes a raw file whose metadata changed and keeps it when its bytes did not, recording the new metadata", () => {
    const { rawDir, outDir, previous } = corpus();
    utimesSync(join(rawDir, "a.txt"), new Date("2020-01-01"), new Date("2020-01-01"));
    const scan = scanRaw(rawDir, ["a.txt"], readWritten(outDir, vouchFrom(previous)), previous);
    expect(scan.pending).toEqual([]);
    expect(scan.fresh.get("a.txt")!.raw_stat).toEqual(fileStat(statSync(join(rawDir, "a.txt"))));
  });
  it("normalizes a raw file whose bytes changed", () => {
    const { rawDir, outDir, previous } = corpus();
    writeFileSync(join(rawDir, "a.txt"), RAW.replace("5 June", "6 June"));
    const scan = scanRaw(rawDir, ["a.txt"], readWritten(outDir, vouchFrom(previous)), previous);
    expect(scan.pending.map((raw) => raw.name)).toEqual(["a.txt"]);
  });
  it("normalizes everything when forced", () => {
    const { rawDir, outDir, previous } = corpus();
    expect(scanRaw(rawDir, ["a.txt"], readWritten(outDir), previous, true).pending).toHaveLength(1);
  });
  it("rejects a file over the size limit without reading it", () => {
    const { rawDir, outDir, previous } = corpus();
    writeFileSync(join(rawDir, "huge.txt"), Buffer.alloc(3 * 1024 * 1024, 0x61));
    const scan = scanRaw(rawDir, ["huge.txt"], readWritten(outDir), previous);
    expect(scan.rejected.get("huge.txt")!.rule).toBe("decode:too-large");
  });
});
