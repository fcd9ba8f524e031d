import { describe, expect, it } from "vitest";
import { isStale, statKey, type BundleInputs } from "../../../pipeline/launcher/bundle/stale.js";

const made: BundleInputs = {
  options: '{"version":"0.28.2"}',
  files: { "package-lock.json": "100:1:1", "pipeline/launcher/cli/main.ts": "200:5:6", "pipeline/article/dates/lexicon.json": "300:7:7" },
};
const withFiles = (files: Record<string, string>): BundleInputs => ({ options: made.options, files });

describe("isStale", () => {
  it("keeps a bundle made from the same files and options", () => {
    expect(isStale(made, structuredClone(made))).toBe(false);
  });

  it("keeps a bundle whatever order the files were listed in", () => {
    const reversed = withFiles(Object.fromEntries(Object.entries(made.files).reverse()));
    expect(isStale(made, reversed)).toBe(false);
  });

  it("bundles when there is no bundle yet", () => {
    expect(isStale(null, made)).toBe(true);
  });

  it("bundles again when a source was edited", () => {
    expect(isStale(made, withFiles({ ...made.files, "pipeline/launcher/cli/main.ts": "201:9:9" }))).toBe(true);
  });

  it("bundles again when a source was added", () => {
    expect(isStale(made, withFiles({ ...made.files, "pipeline/launcher/cli/new.ts": "10:9:9" }))).toBe(true);
  });

  it("bundles again when a source was removed", () => {
    const { "pipeline/article/dates/lexicon.json": _, ...rest } = made.files;
    expect(isStale(made, withFiles(rest))).toBe(true);
  });

  it("bundles again when a source was renamed", () => {
    const { "pipeline/launcher/cli/main.ts": stat, ...rest } = made.files;
    expect(isStale(made, withFiles({ ...rest, "pipeline/launcher/cli/entry.ts": stat! }))).toBe(true);
  });

  it("bundles again when the package lock changed", () => {
    expect(isStale(made, withFiles({ ...made.files, "package-lock.json": "100:2:2" }))).toBe(true);
  });

  it("bundles again when the bundler's version or options changed", () => {
    expect(isStale(made, { ...made, options: '{"version":"0.29.0"}' })).toBe(true);
  });
});

describe("statKey", () => {
  const stats = { size: 120, mtimeMs: 1700000000000.5, ctimeMs: 1700000000001.25 };

  it("tells apart files that differ in size, modification or change time", () => {
    const keys = [stats, { ...stats, size: 121 }, { ...stats, mtimeMs: 1700000000000.75 }, { ...stats, ctimeMs: 1700000000002 }].map(statKey);
    expect(new Set(keys).size).toBe(4);
  });

  it("gives the same key for the same figures", () => {
    expect(statKey({ ...stats })).toBe(statKey(stats));
  });
});
