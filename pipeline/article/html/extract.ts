/**
 * Finds the article in an HTML page: what the page states about itself in
 * markup (read first, as Readability rewrites the document it is given), and
 * the article's text as the plain text the normalizer reads.
 */
import { isProbablyReaderable, Readability } from "@mozilla/readability";
import type { PageFacts } from "../../model/types.ts";
import { depthOf, elementsNamed, MAX_DEPTH, elementsOf, parseDocument, type DomDocument, type DomNode } from "./dom.ts";
import { hasWord } from "./metadata.ts";
import { readPageFacts } from "./facts.ts";
import { CHROME, textBlocks } from "./text.ts";

export interface HtmlArticle {
  /** The headline, then the article's blocks, separated by blank lines. */
  text: string;
  page: PageFacts;
  /** True when Readability declined the page and its visible text was taken instead. */
  fallback: boolean;
}

/** A page whose longest block is shorter than a sentence holds links and labels, not an article. */
const MIN_PROSE_WORDS = 8;
const MIN_PROSE_LENGTH = 60;
/** Chinese and Japanese write without spaces: count characters there. */
const MIN_PROSE_CJK = 20;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const isProse = (block: string) =>
  block.split(/\s+/).length >= MIN_PROSE_WORDS || block.length >= MIN_PROSE_LENGTH || (block.match(CJK)?.length ?? 0) >= MIN_PROSE_CJK;

/** As much prose as Readability asks of an article before it settles on one. */
const MIN_MARKED_PROSE = 500;
/** The share of the page's paragraph text the marked element must hold. */
const MARKED_SHARE = 0.5;

/**
 * The blocks of the element a page marks as its article's text
 * (`itemprop="articleBody"`, else its only `<article>`), chrome inside it
 * left out; none when it holds too little prose to be the whole article.
 * Readability's scoring passes cost more than parsing the page: this is the
 * cheap path for the pages that say where their text is.
 */
export function markedArticleText(doc: DomDocument): string[] {
  const elements = elementsOf(doc);
  const stated = elements.filter((element) => hasWord(element, "itemprop", "articleBody"));
  const articles = elementsNamed(doc, "ARTICLE");
  const marked = stated.length === 1 ? stated[0] : stated.length === 0 && articles.length === 1 ? articles[0] : undefined;
  if (!marked) return [];
  // A teaser in the <article> and the text outside it: Readability looks further.
  let inside = 0;
  let outside = 0;
  for (const paragraph of elementsNamed(doc, "P")) {
    const length = paragraph.textContent?.length ?? 0;
    if (marked.contains(paragraph)) inside += length;
    else outside += length;
  }
  if (inside < MARKED_SHARE * (inside + outside)) return [];
  const blocks = textBlocks(marked, { without: CHROME });
  const prose = blocks.filter(isProse).reduce((sum, block) => sum + block.length, 0);
  return prose >= MIN_MARKED_PROSE ? blocks : [];
}

/** Returns null only when the page holds no text to read as an article (an empty page, a list of links). */
export function extractArticle(html: string, pageUrl?: string): HtmlArticle | null {
  const doc = parseDocument(html);
  const page = readPageFacts(doc, pageUrl);
  // A page nested as deep as parsing keeps has lost its structure: its visible text is what is left to read.
  const readable = depthOf(doc) < MAX_DEPTH;
  let body = readable ? markedArticleText(doc) : [];
  let fallback = false;
  let rewritten = false;
  if (body.length === 0 && readable && isProbablyReaderable(doc)) {
    // Facts are read from markup already, and classes are never read from the content: skip both passes.
    const parsed = new Readability<DomNode>(doc, { serializer: (node) => node, keepClasses: true, disableJSONLD: true }).parse();
    if (parsed?.content) body = textBlocks(parsed.content);
    rewritten = true;
  }
  if (!body.some(isProse)) {
    // Readability declined, or settled on a copyright line: read the visible text of the page as it was.
    const root = (rewritten ? parseDocument(html) : doc).body;
    if (root) {
      body = textBlocks(root, { without: CHROME });
      // Some sites wrap the whole page in one <form>.
      if (!body.some(isProse)) body = textBlocks(root, { without: CHROME.filter((tag) => tag !== "FORM") });
      fallback = true;
    }
  }
  // A page of short lines (a results table, a photo series) is still an article when its markup says what it is.
  const stated = !!page.title && (!!page.published || !!page.authors);
  if (!body.some(isProse) && !(stated && body.length > 0)) return null;

  const title = page.title?.value;
  // Readability usually drops the headline from the content; put it first, where the text path looks for it.
  const blocks = title && !body.slice(0, 3).includes(title) ? [title, ...body] : body;
  return { text: `${blocks.join("\n\n")}\n`, page, fallback };
}
