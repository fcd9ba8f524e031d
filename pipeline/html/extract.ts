/**
 * Finds the article in an HTML page (Readability, on linkedom's DOM) and
 * writes it out as the plain text the normalizer reads.
 */
import { isProbablyReaderable, Readability } from "@mozilla/readability";
import { parseDocument, type DomNode } from "./dom.ts";
import { canonicalUrl, timeDatetime } from "./metadata.ts";
import { textBlocks } from "./text.ts";

export interface HtmlArticle {
  /** Headline, then dateline, byline and site name lines, then the body; blocks separated by blank lines. */
  text: string;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  /** The canonical address, else the address the page was read from. */
  url: string | null;
  /** As the page states it, e.g. '2023-06-05T14:10:00+04:30'. */
  publishedTime: string | null;
}

/** Returns null when the page holds no article (an index, a login form, an empty page). */
export function extractArticle(html: string, pageUrl?: string): HtmlArticle | null {
  const doc = parseDocument(html);
  if (!isProbablyReaderable(doc)) return null;

  const url = canonicalUrl(doc, pageUrl);
  const printedTime = timeDatetime(doc);
  const parsed = new Readability<DomNode>(doc, { serializer: (node) => node }).parse();
  if (!parsed?.content) return null;

  const body = textBlocks(parsed.content);
  if (body.length === 0) return null;

  const title = tidy(parsed.title);
  // A byline taken from the page's text may already start with "By".
  const byline = tidy(parsed.byline?.replace(/^\s*by\s+/i, ""));
  const siteName = tidy(parsed.siteName);
  const publishedTime = tidy(parsed.publishedTime) ?? printedTime;
  const head = [publishedTime, byline && `By ${byline}`, siteName].filter((line) => line !== null);
  const blocks = [title, head.join("\n"), ...body].filter((block) => block !== null && block !== "");
  return { text: `${blocks.join("\n\n")}\n`, title, byline, siteName, url, publishedTime };
}

function tidy(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, " ").trim();
  return text ? text : null;
}
