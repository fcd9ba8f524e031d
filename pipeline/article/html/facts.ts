/**
 * What a page states about itself in markup: title, publication date,
 * authors, site name and address, each with where it was read.
 *
 * Order of trust, most trusted first; the first source that gives a usable
 * value wins, except where the title is chosen by agreement:
 *
 * - published: JSON-LD `datePublished`/`dateCreated` (NewsArticle,
 *   ReportageNewsArticle, other *Article types, BlogPosting; WebPage last);
 *   Open Graph `article:published_time`; Dublin Core (`DC.date.issued`,
 *   `dcterms.created`, …); `itemprop="datePublished"` in meta tags; other
 *   publisher meta (`pubdate`, `publishdate`, `date`, `sailthru.date`,
 *   `parsely-pub-date`, …); `itemprop="datePublished"` and `<time datetime>`
 *   in the page; the date in the canonical URL; the dateline printed near the
 *   `<h1>`. A UTC timestamp one day off the printed dateline gives way to it.
 *   Modified and updated dates are never read.
 * - title: an `<h1>` (inside `<article>`/`<main>` first) that agrees with
 *   `og:title`, JSON-LD `headline` or `<title>` once the site name is taken
 *   off; else a lone `<h1>` that reads as a headline; else those stated
 *   titles, in that order, without the site name.
 * - authors: JSON-LD `author`; meta `author`, `article:author`, `byl`,
 *   `parsely-author`, `sailthru.author`, `dc.creator`; `rel="author"` and
 *   `itemprop="author"` elements; a byline printed near the `<h1>`.
 * - source: `og:site_name`, then the JSON-LD publisher.
 * - url: the canonical link, then `og:url`, then the address the page was read from.
 */
import type { PageFacts } from "../../model/types.ts";
import { publishedIn, type HeadLine } from "../extract/published.ts";
import { elementsNamed, elementsOf, squeeze, textOf, type DomDocument, type DomElement } from "./dom.ts";
import { chooseAuthors, chooseCredit } from "./authors.ts";
import { readJsonLd } from "./jsonld.ts";
import { canonicalUrl, classedAuthorLines, hasWord, markupAuthors, markupDates, metaAuthors, metaDates, metaSiteName, metaTags, metaTitles } from "./metadata.ts";
import { choosePublished, urlDate } from "./published.ts";
import { nodeBlocks } from "./text.ts";
import { chooseTitle, isKicker, kickerOf, titleKey } from "./title.ts";

/** How many blocks before and after the headline still count as its dateline and byline. */
const ABOVE = 3;
const BELOW = 8;
const MAX_LINE = 200;

/** `<h1>` elements, those inside the article or main content first. */
function headings(doc: DomDocument): DomElement[] {
  const all = elementsNamed(doc, "H1");
  const inside = all.filter((h1) => h1.closest("article, main, [role=main]") !== null);
  return [...inside, ...all.filter((h1) => !inside.includes(h1))];
}

/**
 * Headings below `<h1>` that may show a page's headline: blogs set their name
 * in the `<h1>`. (Not found by class: reading `class` makes linkedom build a
 * token list for every element.)
 */
function lesserHeadings(doc: DomDocument): DomElement[] {
  const headings = new Set(elementsNamed(doc, "H2", "H3"));
  return elementsOf(doc)
    .filter((element) => headings.has(element) || hasWord(element, "itemprop", "headline"))
    .slice(0, 40);
}

interface Heading {
  element: DomElement;
  text: string;
}

/** Headings with their text, without the styles and scripts some pages put inside them; an element of more than two blocks is no heading. */
function headingsOf(elements: readonly DomElement[]): Heading[] {
  return elements.flatMap((element) => {
    const blocks = nodeBlocks(element, { limit: 3 });
    const text = blocks.length <= 2 ? squeeze(blocks.join(" ")) : null;
    return text ? [{ element, text }] : [];
  });
}

/** The element that shows the chosen title, or one that ends with it. */
function headlineElement(title: string, candidates: readonly Heading[]): DomElement | null {
  const key = titleKey(title);
  return candidates.find((heading) => titleKey(heading.text).endsWith(key))?.element ?? null;
}

/** Chrome that never holds an article's dateline. */
const NOT_NEAR = ["NAV", "FOOTER", "ASIDE", "FORM"];

/** Up to `count` blocks printed right after (or before) an element, climbing out of its parents. */
function blocksBeside(element: DomElement, count: number, step: "nextSibling" | "previousSibling"): string[] {
  const found: string[] = [];
  for (let node: DomElement | null = element; node && node.tagName !== "BODY" && found.length < count; node = node.parentElement) {
    for (let sibling = node[step]; sibling && found.length < count; sibling = sibling[step]) {
      const blocks = nodeBlocks(sibling, { without: NOT_NEAR, limit: step === "nextSibling" ? count - found.length : 500 });
      if (step === "nextSibling") found.push(...blocks);
      else found.unshift(...blocks.slice(-(count - found.length)));
    }
  }
  return found;
}

/** Lines printed just above and below the headline, where datelines and bylines stand. */
export function linesNearHeadline(headline: DomElement | null): HeadLine[] {
  if (!headline) return [];
  const lines = (blocks: string[], position: HeadLine["position"]) =>
    blocks
      .flatMap((block) => block.split("\n"))
      .filter((line) => line.length <= MAX_LINE)
      .map((text) => ({ text, position }));
  return [...lines(blocksBeside(headline, ABOVE, "previousSibling"), "above-title"), ...lines(blocksBeside(headline, BELOW, "nextSibling"), "below-title")];
}

/** The page's language from `<html lang>`, e.g. 'de' for 'de-AT'. */
function pageLanguage(doc: DomDocument): string | undefined {
  const lang = doc.documentElement?.getAttribute("lang")?.trim().toLowerCase().slice(0, 2);
  return lang && /^[a-z]{2}$/.test(lang) ? lang : undefined;
}

export function readPageFacts(doc: DomDocument, pageUrl?: string): PageFacts {
  const tags = metaTags(doc);
  const jsonLd = readJsonLd(doc);
  const url = canonicalUrl(doc, pageUrl);
  const source = squeeze(metaSiteName(tags) ?? jsonLd.publisher);
  const siteNames = [source, jsonLd.publisher, url && new URL(url).hostname].filter((name): name is string => !!name);

  const pageTitle = textOf(elementsNamed(doc, "TITLE")[0]);
  const titles = [...metaTitles(tags), ...jsonLd.headlines, ...(pageTitle ? [{ value: pageTitle, evidence: "<title>" }] : [])];
  const h1s = headingsOf(headings(doc)).map((heading) => {
    const split = kickerOf(heading.element);
    return split && isKicker(split, titles) ? { ...heading, text: split.headline } : heading;
  });
  const lesser = headingsOf(lesserHeadings(doc));
  const texts = (list: Heading[]) => list.map((heading) => heading.text);
  const title = chooseTitle(texts(h1s), texts(lesser), titles, siteNames);

  const headline = title && headlineElement(title.value, [...h1s, ...lesser]);
  const near = linesNearHeadline(headline);
  const dateline = publishedIn(near, pageLanguage(doc) ?? "en");
  const fromUrl = urlDate(url);
  const stated = [...jsonLd.dates, ...metaDates(tags), ...markupDates(doc), ...(fromUrl ? [fromUrl] : [])];
  const published = choosePublished(stated, dateline, near.map((line) => line.text));

  const marked = markupAuthors(doc);
  const statedAuthors = [...jsonLd.authors, ...metaAuthors(tags).map((claim) => ({ ...claim, value: [claim.value] })), ...(marked ? [marked] : [])];
  const authors = chooseAuthors(statedAuthors, near.map((line) => line.text), siteNames, classedAuthorLines(doc, headline));
  const credit = authors ? null : chooseCredit(jsonLd.credited, statedAuthors, siteNames);
  return { title, published, authors, credit, source, url };
}
