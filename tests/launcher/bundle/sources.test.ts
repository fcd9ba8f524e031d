import { mkdirSync, mkdtempSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hashSources, listSources } from "../../../pipeline/launcher/bundle/sources.js";

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "dossier-sources-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const PIPELINE = { "normalize.ts": "export {};", "dates/lexicon.json": "{}", "bundle/load.js": "", "cli/main.ts": "" };

describe("listSources", () => {
  it("lists TypeScript, JavaScript and JSON files in nested folders, sorted, with forward slashes", () => {
    expect(listSources(tree(PIPELINE))).toEqual(["bundle/load.js", "cli/main.ts", "dates/lexicon.json", "normalize.ts"]);
  });

  it("leaves out files that are not sources", () => {
    expect(listSources(tree({ "a.ts": "", "notes.md": "", "dates/table.yaml": "" }))).toEqual(["a.ts"]);
  });
});

describe("hashSources", () => {
  it("is the same for the same files", () => {
    expect(hashSources(tree(PIPELINE))).toBe(hashSources(tree(PIPELINE)));
  });

  it("changes when a source's text changes", () => {
    expect(hashSources(tree({ ...PIPELINE, "cli/main.ts": "// edited" }))).not.toBe(hashSources(tree(PIPELINE)));
  });

  it("changes when a data file the code imports changes", () => {
    expect(hashSources(tree({ ...PIPELINE, "dates/lexicon.json": '{"future":[]}' }))).not.toBe(hashSources(tree(PIPELINE)));
  });

  it("changes when a source is renamed", () => {
    const dir = tree(PIPELINE);
    const before = hashSources(dir);
    renameSync(join(dir, "cli/main.ts"), join(dir, "cli/entry.ts"));
    expect(hashSources(dir)).not.toBe(before);
  });

  it("changes when a source is added", () => {
    expect(hashSources(tree({ ...PIPELINE, "extra.ts": "" }))).not.toBe(hashSources(tree(PIPELINE)));
  });
});
