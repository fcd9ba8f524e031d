/**
 * The baseline a user would compare with: a bare Eleventy 3 project of N
 * plain Markdown files and one Nunjucks layout, carrying the same stories as
 * the synthetic corpus so pages weigh the same.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { storyOf, type Ingredients } from "./generate.ts";

const LAYOUT = `<!doctype html>
<html lang="{{ lang }}">
<head><meta charset="utf-8"><title>{{ title }}</title></head>
<body>
<main>
<h1>{{ title }}</h1>
{{ content | safe }}
</main>
</body>
</html>
`;

/** Writes `dir/src` (posts and layout); the build writes `dir/_site`. */
export function writeBaselineProject(dir: string, seed: number, n: number, ingredients: Ingredients): void {
  const posts = join(dir, "src", "posts");
  mkdirSync(posts, { recursive: true });
  mkdirSync(join(dir, "src", "_includes"), { recursive: true });
  writeFileSync(join(dir, "src", "_includes", "layout.njk"), LAYOUT);
  for (let index = 0; index < n; index++) {
    const story = storyOf(seed, index, ingredients);
    const frontMatter = `---\nlayout: layout.njk\ntitle: ${JSON.stringify(story.headline)}\nlang: ${story.language}\n---\n`;
    writeFileSync(join(posts, `${String(index).padStart(5, "0")}.md`), `${frontMatter}\n${story.paragraphs.join("\n\n")}\n`);
  }
}

/**
 * The installed Eleventy, run from `dir` so that no project config is picked
 * up: this is Eleventy with nothing added. `heapMb`, when given, is the heap
 * Node may grow to (Eleventy alone runs out of the default above some size).
 */
export function baselineCommand(dir: string, heapMb?: number): { command: string[]; cwd: string } {
  // The package exports no path to its command line, so take it from the install.
  const eleventy = fileURLToPath(new URL("../node_modules/@11ty/eleventy/cmd.cjs", import.meta.url));
  return {
    command: [process.execPath, ...(heapMb ? [`--max-old-space-size=${heapMb}`] : []), eleventy, "--quiet", "--input", join(dir, "src"), "--output", join(dir, "_site")],
    cwd: dir,
  };
}
