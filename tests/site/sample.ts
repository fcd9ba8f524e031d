/** The sample corpus, normalized from `corpus/raw` as `npm run build` does, and its hand-made labels. */
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { loadArticles, type Article } from "../../src/_model/articles.ts";

interface Label {
  file: string;
  title: string | null;
  title_generated: boolean;
  date: string | null;
  language: string;
}

export const LABELS: Label[] = JSON.parse(readFileSync("tests/fixtures/expected.json", "utf8")).articles;

/** A corpus folder (articles, taxonomy, entities, report) made from the sample's raw files. */
export function normalizeSample(): string {
  const corpus = mkdtempSync(join(tmpdir(), "dossier-sample-"));
  execFileSync(process.execPath, ["bin/dossier.js", "normalize", "--out", join(corpus, "articles"), "--report", join(corpus, "report.json")], { stdio: "pipe" });
  for (const file of ["topics.yaml", "entities.yaml"]) cpSync(join("corpus", file), join(corpus, file));
  return corpus;
}

/** The generated article for a raw file of the sample corpus. */
export function sampleArticle(corpus: string, raw: string): Article {
  const found = loadArticles(join(corpus, "articles")).articles.find((article) => basename(article.raw) === raw);
  if (!found) throw new Error(`no generated article for ${raw}`);
  return found;
}
