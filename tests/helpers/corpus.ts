/** A throw-away copy of the sample corpus, for tests that run the pipeline on real files. */
import { cpSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadTaxonomy } from "../../pipeline/model/taxonomy.ts";
import { parseEntities } from "../../pipeline/model/entities.ts";
import type { DevelopmentsOptions } from "../../pipeline/corpus/developments/file.ts";
import type { NormalizeContext } from "../../pipeline/article/normalize.ts";
import { hashSources } from "../../pipeline/launcher/bundle/sources.js";

export const SAMPLE_RAW = "corpus/raw";
export const TOPICS = "corpus/topics.yaml";
export const taxonomy = loadTaxonomy(TOPICS);
export const taxonomyText = readFileSync(TOPICS, "utf8");
/** The hash of the pipeline's sources, as the launcher gives it to the corpus run. */
export const sources = hashSources("pipeline");

export const ENTITIES_FILE = "corpus/entities.yaml";
const entitiesText = readFileSync(ENTITIES_FILE, "utf8");

/** The developments file of a temporary corpus, beside its articles folder, as the CLI places it. */
export function developmentsOf(root: string): DevelopmentsOptions {
  return { file: join(root, "developments.json"), entities: parseEntities(entitiesText, ENTITIES_FILE), entitiesText };
}

/** What the sample corpus normalizes an article with: its topics and its entity table. */
export const sampleContext: NormalizeContext = { taxonomy, entities: parseEntities(entitiesText, ENTITIES_FILE) };

export function tempCorpus(): { root: string; raw: string; out: string } {
  const root = mkdtempSync(join(tmpdir(), "dossier-"));
  cpSync(SAMPLE_RAW, join(root, "raw"), { recursive: true });
  return { root, raw: join(root, "raw"), out: join(root, "articles") };
}

/** Every file of a folder with its bytes, for comparing whole outputs. */
export function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name), "latin1")]));
}

/** The output folder as two runs on other files or threads must agree on: the cache's file metadata (sizes, times) differs by nature. */
export function generated(dir: string): Record<string, string> {
  const files = snapshot(dir);
  const cache = files[".dossier-cache.json"];
  if (cache === undefined) return files;
  const parsed = JSON.parse(cache) as { files: Record<string, Record<string, unknown>> };
  for (const entry of Object.values(parsed.files)) {
    delete entry.raw_stat;
    delete entry.output_stat;
  }
  return { ...files, ".dossier-cache.json": JSON.stringify(parsed) };
}
