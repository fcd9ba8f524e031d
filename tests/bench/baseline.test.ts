import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { baselineCommand, writeBaselineProject } from "../../bench/baseline.ts";
import { storyOf } from "../../bench/generate.ts";
import { measure } from "../../bench/measure.ts";
import { loadVocabulary } from "../../bench/vocabulary.ts";
import { loadTaxonomy } from "../../pipeline/model/taxonomy.ts";

const ingredients = { vocab: loadVocabulary(), taxonomy: loadTaxonomy("corpus/topics.yaml") };
const dir = mkdtempSync(join(tmpdir(), "dossier-baseline-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("writeBaselineProject", () => {
  writeBaselineProject(dir, 42, 3, ingredients);

  it("writes one Markdown file per article and one layout", () => {
    expect(readdirSync(join(dir, "src", "posts"))).toEqual(["00000.md", "00001.md", "00002.md"]);
    expect(readdirSync(join(dir, "src", "_includes"))).toEqual(["layout.njk"]);
  });

  it("carries the synthetic story as plain Markdown under the layout", () => {
    const story = storyOf(42, 1, ingredients);
    const post = readFileSync(join(dir, "src", "posts", "00001.md"), "utf8");
    expect(post).toMatch(/^---\nlayout: layout\.njk\n/);
    expect(post).toContain(`title: ${JSON.stringify(story.headline)}`);
    expect(post).toContain(story.paragraphs.join("\n\n"));
  });
});

describe("baselineCommand", () => {
  it("builds one page per file with the installed Eleventy and no project config", async () => {
    const { command, cwd } = baselineCommand(dir);
    expect(cwd).toBe(dir);
    await measure(command, { cwd });
    const page = readFileSync(join(dir, "_site", "posts", "00002", "index.html"), "utf8");
    expect(page).toContain(`<h1>${storyOf(42, 2, ingredients).headline.replace(/'/g, "&#39;")}</h1>`);
    expect(readdirSync(join(dir, "_site", "posts"))).toHaveLength(3);
  });

  it("gives Node the heap it is asked for, and builds the same pages with it", async () => {
    const { command, cwd } = baselineCommand(dir, 6144);
    expect(command.slice(0, 2)).toEqual([process.execPath, "--max-old-space-size=6144"]);
    expect(baselineCommand(dir).command).not.toContain("--max-old-space-size=6144");
    await measure(command, { cwd });
    expect(readdirSync(join(dir, "_site", "posts"))).toHaveLength(3);
  });
});
