/** The five sample articles as the normalizer would write them, built with the extractors of this pipeline. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { FrontMatter } from "../../../pipeline/model/schema.ts";
import { loadEntities } from "../../../pipeline/model/entities.ts";
import { datedSentences } from "../../../pipeline/article/extract/dated-sentences.ts";
import { extractDevelopments } from "../../../pipeline/article/extract/developments.ts";
import { extractPublished, type HeadLine } from "../../../pipeline/article/extract/published.ts";
import { extractUnresolved } from "../../../pipeline/article/extract/unresolved.ts";
import expected from "../../fixtures/expected.json" with { type: "json" };
import { article } from "../../../bench/articles.ts";

export const ENTITIES = loadEntities(fileURLToPath(new URL("../../../corpus/entities.yaml", import.meta.url)));

/** Header blocks (before the body) of each sample, and which of them come before the title. */
const LAYOUT: Record<string, { header: number; aboveTitle: number }> = {
  "000_e597730830ff6590.txt": { header: 3, aboveTitle: 1 },
  "001_faf9f95335c46c0a.txt": { header: 2, aboveTitle: 0 },
  "002_94db9f70faed8889.txt": { header: 2, aboveTitle: 0 },
  "003_1cc6fc7d1df7e74c.txt": { header: 4, aboveTitle: 1 },
  "004_288c9b2453ba9e47.txt": { header: 0, aboveTitle: 0 },
};

export function sample(file: string): FrontMatter {
  const labels = expected.articles.find((a) => a.file === file)!;
  const blocks = readFileSync(new URL(`../../../corpus/raw/${file}`, import.meta.url), "utf8").split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  const { header, aboveTitle } = LAYOUT[file]!;
  const head: HeadLine[] = blocks.slice(0, header).flatMap((block, i) =>
    block.split("\n").map((text) => ({ text, position: i < aboveTitle ? ("above-title" as const) : ("below-title" as const) })),
  );
  const published = extractPublished(file, head, labels.language).value?.date ?? null;
  const body = blocks.slice(header);
  const context = { language: labels.language, published };
  const dated = datedSentences(body, context);
  const unresolved = extractUnresolved(dated);
  return article(`sample-${file.slice(0, 3)}`, published, extractDevelopments(file, dated).value, {
    title: labels.title ?? "Les talibans et le Qatar",
    title_derived: labels.title === null,
    source: null,
    url: null,
    language: labels.language,
    topics: labels.topics_required,
    ...(unresolved.length ? { unresolved } : {}),
  });
}

export const SAMPLES = expected.articles.map((a) => a.file);
