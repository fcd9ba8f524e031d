/** The sample corpus and its hand-made labels, matched by raw file name. */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { loadArticles, type Article } from "../../src/_config/articles.ts";

export const SAMPLE_CORPUS = "corpus";

interface Label {
  file: string;
  title: string | null;
  title_generated: boolean;
  date: string | null;
  language: string;
}

export const LABELS: Label[] = JSON.parse(readFileSync("tests/fixtures/expected.json", "utf8")).articles;

/** The generated article for a raw file of the sample corpus. */
export function sampleArticle(raw: string): Article {
  const found = loadArticles(`${SAMPLE_CORPUS}/articles`).articles.find((article) => basename(article.raw) === raw);
  if (!found) throw new Error(`no generated article for ${raw}`);
  return found;
}
