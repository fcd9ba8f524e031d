import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isUnchanged, readCache, writeCache } from "../../pipeline/corpus/cache.ts";
import type { FileStat } from "../../pipeline/corpus/files.ts";

const recorded: FileStat = { size: 2048, mtime: 1_700_000_000_000.5, ctime: 1_700_000_000_001.25 };
const cacheTime = 1_700_000_005_000;

describe("isUnchanged", () => {
  it("trusts a file with the recorded size and times, changed before the cache was written", () => {
    expect(isUnchanged(recorded, { ...recorded }, cacheTime)).toBe(true);
  });
  it("does not trust a file the cache never recorded", () => {
    expect(isUnchanged(undefined, recorded, cacheTime)).toBe(false);
  });
  it("sees an edit that changes the size", () => {
    expect(isUnchanged(recorded, { ...recorded, size: 2049 }, cacheTime)).toBe(false);
  });
  it("sees an edit of the same size by its modification time", () => {
    expect(isUnchanged(recorded, { ...recorded, mtime: recorded.mtime + 1 }, cacheTime)).toBe(false);
  });
  it("sees an edit whose modification time was set back (touch -d, cp -p) by its change time", () => {
    expect(isUnchanged(recorded, { ...recorded, ctime: recorded.ctime + 3_000 }, cacheTime)).toBe(false);
  });
  it("reads again a file changed in the same clock tick as the cache, which could keep its times", () => {
    const racy = { ...recorded, mtime: cacheTime, ctime: cacheTime };
    expect(isUnchanged(racy, racy, cacheTime)).toBe(false);
  });
});

describe("readCache", () => {
  it("has time 0 and no files when there is no cache", () => {
    expect(readCache(mkdtempSync(join(tmpdir(), "dossier-cache-")), "stamp")).toEqual({ stamp: "stamp", files: {}, time: 0 });
  });
  it("dates a written cache by its file and drops it when the stamp changed", () => {
    const dir = mkdtempSync(join(tmpdir(), "dossier-cache-"));
    writeCache(dir, { stamp: "a", files: {} }, true);
    expect(readCache(dir, "a").time).toBeGreaterThan(0);
    expect(readCache(dir, "b")).toEqual({ stamp: "b", files: {}, time: 0 });
  });
});

describe("writeCache", () => {
  const entry = { raw_sha256: "r", raw_stat: { size: 1, mtime: 1, ctime: 1 }, output_sha256: "o", output_file: "a.md", output_stat: { size: 2, mtime: 2, ctime: 2 }, fingerprint: [], duplicate_of: null };

  it("writes nothing when nothing changed, and nothing at all for an empty corpus", () => {
    const dir = mkdtempSync(join(tmpdir(), "dossier-cache-"));
    writeCache(join(dir, "never-made"), { stamp: "a", files: {} }, false);
    expect(existsSync(join(dir, "never-made"))).toBe(false);
    writeCache(dir, { stamp: "a", files: { "b.txt": entry, "a.txt": entry } }, false);
    const file = join(dir, ".dossier-cache.json");
    const first = statSync(file).ino;
    // The same entries in another order: the file is not replaced.
    writeCache(dir, { stamp: "a", files: { "a.txt": entry, "b.txt": entry } }, false);
    expect(statSync(file).ino).toBe(first);
    writeCache(dir, { stamp: "a", files: { "a.txt": entry, "b.txt": entry } }, true);
    expect(statSync(file).ino).not.toBe(first);
    writeCache(dir, { stamp: "a", files: { "a.txt": entry } }, false);
    expect(Object.keys(JSON.parse(readFileSync(file, "utf8")).files)).toEqual(["a.txt"]);
  });

  it("does not fail when it cannot renew a cache that says nothing new, and names the cause when it must write", () => {
    const dir = mkdtempSync(join(tmpdir(), "dossier-cache-"));
    writeFileSync(join(dir, "file"), "");
    // A folder under a file cannot be made, whoever runs the test.
    const out = join(dir, "file", "articles");
    expect(() => writeCache(out, { stamp: "a", files: {} }, true)).not.toThrow();
    expect(() => writeCache(out, { stamp: "a", files: { "a.txt": entry } }, false)).toThrow(/cannot be created \(ENOTDIR: not a directory\)/);
  });
});
