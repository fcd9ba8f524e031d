/**
 * Reads `<corpus>/articles/*.md`. Each file is checked against the shared
 * front-matter schema; a file that fails is reported with its name and
 * skipped, never crashing the build. Listing data stays lean: bodies are read
 * again only when an article page is rendered.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readBody, readFrontMatter } from "../../pipeline/model/front-matter.ts";
import { fail, type Message } from "../../pipeline/model/messages.ts";
import { frontMatterSchema, issueText, type FrontMatter } from "../../pipeline/model/schema.ts";
import { withoutControls, withoutControlsIn } from "../../pipeline/model/controls.ts";
import { renderMarkdown } from "../_views/markdown.ts";

export interface Article extends FrontMatter {
  /** Path of the Markdown file, for rendering its body later. */
  file: string;
}

/** An article file left out of the site is named by a fatal message (`article:yaml`, `article:schema`, `article:unreadable`). */
export function parseArticle(text: string, file: string): { article: Article } | { invalid: Message } {
  let data: unknown;
  try {
    data = readFrontMatter(text).data;
  } catch (error) {
    return { invalid: fail(file, "article:yaml", `front matter is not valid YAML: ${(error as Error).message}`) };
  }
  // Files written before control characters were removed from every field must not carry them into pages.
  const result = frontMatterSchema.safeParse(withoutControlsIn(data));
  if (!result.success) return { invalid: fail(file, "article:schema", issueText(result.error.issues[0]!, "front matter")) };
  return { article: { ...result.data, file } };
}

/** Names of the article files in `dir`, sorted; none when it cannot be read. */
export function articleFileNames(dir: string): string[] {
  try {
    return readdirSync(dir).filter((name) => name.endsWith(".md")).sort();
  } catch {
    return [];
  }
}

export function loadArticles(dir: string): { articles: Article[]; invalid: Message[] } {
  const articles: Article[] = [];
  const invalid: Message[] = [];
  for (const name of articleFileNames(dir)) {
    const file = join(dir, name);
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (error) {
      // A file that cannot be read (a folder named like one, no permission) is one article left out, not a failed build.
      invalid.push(fail(file, "article:unreadable", `cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`));
      continue;
    }
    const parsed = parseArticle(text, file);
    if ("article" in parsed) articles.push(parsed.article);
    else invalid.push(parsed.invalid);
  }
  return { articles, invalid };
}

export function renderArticleBody(article: Article): string {
  return renderMarkdown(withoutControls(readBody(readFileSync(article.file, "utf8"))));
}
