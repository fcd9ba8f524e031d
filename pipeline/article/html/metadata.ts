/**
 * What a page's `<meta>` tags, microdata and links state about it: where it
 * lives, when it was published, its title, authors and site name. Read before
 * Readability runs, since it rewrites the document.
 */
import { elementsNamed, elementsOf, squeeze, type DomDocument, type DomElement } from "./dom.ts";
import type { Fact } from "../../model/types.ts";
import bylines from "../extract/bylines.json" with { type: "json" };
import markup from "./markup.json" with { type: "json" };

/** `<meta>` contents by lower-cased `name`, `property` or `itemprop`, in page order. */
export type MetaTags = ReadonlyMap<string, readonly string[]>;

export function metaTags(doc: DomDocument): MetaTags {
  const tags = new Map<string, string[]>();
  for (const meta of elementsNamed(doc, "META")) {
    const content = squeeze(meta.getAttribute("content"));
    if (!content) continue;
    for (const attribute of ["name", "property", "itemprop"]) {
      const key = meta.getAttribute(attribute)?.trim().toLowerCase();
      if (key) tags.set(key, [...(tags.get(key) ?? []), content]);
    }
  }
  return tags;
}

/** Claims for the first tag of each name that the page has, in the order given. */
function claims(tags: MetaTags, names: readonly string[]): Fact<string>[] {
  return names.flatMap((name) => {
    const value = tags.get(name)?.[0];
    return value ? [{ value, evidence: `meta ${name} "${value}"` }] : [];
  });
}

/**
 * Publication dates in meta tags, most trusted first: Open Graph, Dublin Core,
 * microdata, then the tags of publishing systems and analytics. Modified and
 * updated dates are never read.
 */
const DATE_TAGS = [
  "article:published_time", "og:article:published_time", "og:published_time", "article:published",
  "dc.date.issued", "dcterms.issued", "dcterms.created", "dc.date.created", "dc.date", "dcterms.date",
  "datepublished",
  "pubdate", "publishdate", "publish-date", "publish_date", "date", "sailthru.date", "parsely-pub-date",
  "article.published", "citation_publication_date", "citation_date", "cxenseparse:recs:publishtime",
] as const;

export const metaDates = (tags: MetaTags): Fact<string>[] => claims(tags, DATE_TAGS);

export const metaTitles = (tags: MetaTags): Fact<string>[] => claims(tags, ["og:title", "twitter:title", "dc.title", "headline"]);

/** Author tags; a value may still be a URL, a desk or several names, which the caller sorts out. */
export const metaAuthors = (tags: MetaTags): Fact<string>[] => [
  ...claims(tags, ["author", "article:author", "og:article:author", "byl", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "citation_author"]),
  ...labelledAuthors(tags),
];

const BYLINE_WORDS = new Set(bylines.prefixes);

/** Publishing plugins state the author as a labelled pair: `twitter:label1` "Written by" / "Verfasst von", `twitter:data1` the name. */
function labelledAuthors(tags: MetaTags): Fact<string>[] {
  return [1, 2, 3].flatMap((n) => {
    const label = tags.get(`twitter:label${n}`)?.[0]?.toLowerCase().replace(/:$/, "");
    const value = tags.get(`twitter:data${n}`)?.[0];
    return label && value && BYLINE_WORDS.has(label) ? [{ value, evidence: `meta twitter:data${n} "${value}" labelled "${label}"` }] : [];
  });
}

export const metaSiteName = (tags: MetaTags): string | null => tags.get("og:site_name")?.[0] ?? null;

/** The page's canonical http(s) address, resolved against the address it was read from. */
export function canonicalUrl(doc: DomDocument, pageUrl?: string): string | null {
  const candidates = [
    elementsNamed(doc, "LINK").find((link) => hasWord(link, "rel", "canonical"))?.getAttribute("href"),
    elementsNamed(doc, "META").find((meta) => meta.getAttribute("property") === "og:url")?.getAttribute("content"),
    pageUrl,
  ];
  for (const candidate of candidates) {
    const url = absoluteHttpUrl(candidate, pageUrl);
    if (url) return url;
  }
  return null;
}

/**
 * Dates the article's markup carries: elements with `itemprop="datePublished"`
 * (their `content` or `datetime`), then the first `<time datetime>`, preferring
 * one inside the `<article>`.
 */
export function markupDates(doc: DomDocument): Fact<string>[] {
  const found: Fact<string>[] = [];
  const microdata = elementsOf(doc).find((element) => element.tagName !== "META" && hasWord(element, "itemprop", "datePublished"));
  const stated = squeeze(microdata?.getAttribute("datetime") ?? microdata?.getAttribute("content"));
  if (stated) found.push({ value: stated, evidence: `itemprop datePublished "${stated}"` });
  const time = timeDatetime(doc);
  if (time) found.push({ value: time, evidence: `<time datetime="${time}">` });
  return found;
}

/** The first `<time datetime>`, preferring one inside the `<article>`. */
export function timeDatetime(doc: DomDocument): string | null {
  const times = elementsNamed(doc, "TIME").filter((time) => time.getAttribute("datetime") !== null);
  const time = times.find((element) => element.closest("article") !== null) ?? times[0];
  return squeeze(time?.getAttribute("datetime"));
}

/** Text of the elements the page marks as its author: `rel="author"` links and `itemprop="author"`. */
export function markupAuthors(doc: DomDocument): Fact<string[]> | null {
  const elements = elementsOf(doc)
    .filter((element) => hasWord(element, "itemprop", "author") || hasWord(element, "rel", "author"))
    .slice(0, 6);
  const names = elements.flatMap((element) => {
    const named = element.querySelector('[itemprop="name"]');
    const value = squeeze(named?.getAttribute("content") ?? named?.textContent ?? element.getAttribute("content") ?? element.textContent);
    return value && value.length <= 200 ? [value] : [];
  });
  if (names.length > 0) return { value: names, evidence: `rel=author/itemprop=author "${names.join('", "')}"` };
  // Publishing systems link a byline to the author's page: /author/jane-doe/, /autor/anna-beck.
  const linked = elementsNamed(doc, "A").find((link) => AUTHOR_PAGE.test(link.getAttribute("href") ?? ""));
  const name = squeeze(linked?.textContent);
  return name && name.length <= 80 ? { value: [name], evidence: `link to an author page "${name}"` } : null;
}

const classWords = (words: readonly string[]) => words.join("|");
const AUTHOR_CLASS = new RegExp(`(?:^|[\\s_-])(?:co)?(?:${classWords(markup.authorClasses)})(?:s|in|en|name)?(?=$|[\\s_-])`, "i");
const NOT_AUTHOR_CLASS = new RegExp(classWords(markup.notAuthorClasses), "i");
const NOT_AUTHOR_PLACE = markup.notAuthorClasses.map((word) => `[class*="${word}"], [id*="${word}"]`).join(", ");
/** Longer than a byline: a biography or a teaser, not a name. */
const MAX_CLASSED_TEXT = 150;
const MAX_CLASSED = 12;
/** How many elements before and after the headline an author's element may stand. */
const CLASSED_BEFORE = 80;
const CLASSED_AFTER = 250;

/** An element a page's class names mark as its author. */
export interface AuthorElement {
  text: string;
  /** The formatted name of an hCard (`class="author vcard"` around `class="fn"`): a name as stated, which may be a pen name. */
  card: string | null;
}

/**
 * The elements a page's class names mark as its author ("author vcard",
 * "c-byline__name", "news-list-author"), in page order, leaving out comments.
 * One pass reading `class` on each element: selectors with substring matches
 * cost far more on a big page.
 */
export function classedAuthorLines(doc: DomDocument, headline: DomElement | null): AuthorElement[] {
  const lines: AuthorElement[] = [];
  const elements = elementsOf(doc);
  // Near the headline, not in the teasers of other articles further down.
  const at = headline ? elements.indexOf(headline) : -1;
  const [from, to] = at < 0 ? [0, elements.length] : [Math.max(0, at - CLASSED_BEFORE), Math.min(elements.length, at + CLASSED_AFTER)];
  for (const element of elements.slice(from, to)) {
    const names = element.getAttribute("class");
    if (!names || !AUTHOR_CLASS.test(names) || NOT_AUTHOR_CLASS.test(names)) continue;
    const text = squeeze(element.textContent);
    if (!text || text.length > MAX_CLASSED_TEXT || element.closest(NOT_AUTHOR_PLACE)) continue;
    const fn = hasWord(element, "class", "vcard") ? (hasWord(element, "class", "fn") ? element : element.querySelector(".fn")) : null;
    // A card linking to the home page is the site's, set in its header.
    const card = fn && !HOME_PAGE.test(fn.getAttribute("href") ?? "-") ? squeeze(fn.textContent) : null;
    if (lines.at(-1)?.text !== text) lines.push({ text, card });
    if (lines.length >= MAX_CLASSED) break;
  }
  return lines;
}

const HOME_PAGE = /^(?:https?:\/\/[^/]+)?\/?$/i;
const AUTHOR_PAGE = /\/(?:author|autor|autoren|auteur|redakteur|journalist|writers?)(?:in)?\/[^/?#]+\/?$/i;

/** Whether a space-separated attribute (`rel`, `itemprop`) holds the word. */
export function hasWord(element: DomElement, attribute: string, word: string): boolean {
  const value = element.getAttribute(attribute);
  return value !== null && value.split(/\s+/).includes(word);
}

function absoluteHttpUrl(href: string | null | undefined, base: string | undefined): string | null {
  if (!href?.trim()) return null;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}
