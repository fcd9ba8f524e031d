/**
 * One raw article → one record: the pure heart of the pipeline. Every step
 * is a function over the previous step's output; problems become messages.
 */
import { sha256 } from "../model/hash.ts";
import type { Topic } from "../model/taxonomy.ts";
import type { EntityTable } from "../model/entities.ts";
import type { ArticleRecord, BodyBlock, CleanedText, PageFacts, Published, RawArticle, Unit } from "../model/types.ts";
import { fail, warn, type Message } from "../model/messages.ts";
import type { Overrides } from "../model/schema.ts";
import { besideDates, isDateLine, leadingStamp, MAX_WORDS_BESIDE_STAMP } from "./dates/line.ts";
import { readArticleText } from "./read/article.ts";
import { cleanBlocks } from "./clean/blocks.ts";
import { isByline, uniqueNames, withoutMenuWords } from "./extract/byline.ts";
import { splitLayout } from "./extract/layout.ts";
import { deriveTitle, numberedTrailEnd, pathTrailEnd, tidyTitle, titleOfComments, withoutGluedKicker } from "./extract/title.ts";
import { isNavigationPath, menuEntries } from "./text/navigation.ts";
import { parseIssuerLine, splitTitleSuffix } from "./extract/source.ts";
import { articleByline, extractAttribution } from "./extract/attribution.ts";
import { extractPublished } from "./extract/published.ts";
import { detectLanguage } from "./extract/language.ts";
import { assignTopics, foldText } from "./extract/topics.ts";
import { leadSummary } from "./extract/summary.ts";
import { datedSentences } from "./extract/dated-sentences.ts";
import { extractDevelopments } from "./extract/developments.ts";
import { extractUnresolved } from "./extract/unresolved.ts";
import { fingerprintFolded } from "../corpus/fingerprint.ts";
import { namesNonPerson } from "../corpus/developments/entities.ts";
import { memoByText } from "./text/memo.ts";
import { countWords } from "./text/words.ts";
import { isDesk } from "./text/names.ts";

export interface NormalizeContext {
  taxonomy: Topic[];
  /** The people, places and organisations the corpus knows, or null when it knows none. */
  entities: EntityTable | null;
}

/** An article's messages are its record's; a rejected file has only messages. */
export type Normalized = { record: ArticleRecord } | { record: null; messages: Message[] };

// A stamp is a short line, so paragraphs are never read for one.
const MAX_STAMP_LENGTH = 120;

const isStamp = (line: string) => line.length <= MAX_STAMP_LENGTH && isDateLine(line);

// "4.02.2022 par Bob Fischer", "1. Februar 2022 Steffi Kaufratgeber": a stamp with a name or a section beside it.
const besideDatesOnce = memoByText(20_000, besideDates);
// Asked of nearly every short line of a page, so its answer is remembered as it is; a paragraph is never one.
const headMetaOnce = memoByText(20_000, (line: string) => {
  if (isStamp(line) || isByline(line)) return true;
  const rest = besideDatesOnce(line);
  return rest !== null && (rest.match(/\p{L}+/gu)?.length ?? 0) <= MAX_WORDS_BESIDE_STAMP;
});
const isHeadMeta = (line: string) => line.length <= MAX_STAMP_LENGTH && headMetaOnce(line);
// Datelines, bylines and "Issued by" lines: never joined to a neighbour by a wrap, never a headline.
// Asked of every line by the re-flow and again by the headline search: remembered, as the head-line test is.
const creditOnce = memoByText(20_000, (line: string) => isStamp(line) || isByline(line) || parseIssuerLine(line) !== null);
const isCredit = (line: string) => line.length <= MAX_STAMP_LENGTH * 2 && creditOnce(line);
// A byline with its date may run longer than a stamp: "By Alejandro Villamor Last updated Nov 8, 2023 Share …".
const MAX_DATED_BYLINE_LENGTH = 200;
const stampRest = (line: string) => (line.length <= MAX_DATED_BYLINE_LENGTH ? besideDatesOnce(line) : null);

/** A short line followed by a paragraph is a section heading; any other short line is text. */
function toBody(units: Unit[]): BodyBlock[] {
  return units.map((unit, index) => ({
    kind: unit.kind === "line" && units[index + 1]?.kind === "paragraph" && countWords(unit.text) <= 12 ? "heading" : "paragraph",
    text: unit.text,
  }));
}

/** A dateline run into the lead stands in its first paragraph or two (after a standfirst). */
const LEAD_PARAGRAPHS = 2;

/** Stamp and byline lines the page prints near the headline, outside the article, as lines of its head. */
const nearbyHead = (nearby: CleanedText["nearby"]) =>
  nearby.map(({ unit, offset }) => ({ unit, position: offset < 0 ? ("above-title" as const) : ("body" as const), distance: Math.abs(offset) }));

/** A desk the page's markup states, or else its text, is the author only when no one is named. */
const textAuthors = (names: string[], page: PageFacts | undefined, desk: string | null) =>
  names.length > 0 ? names : (page?.credit?.value ?? (desk ? [desk] : []));

/** A corrected date has no time or zone: the correction states only the day. */
function publishedOverride(overrides: Overrides): Published | null {
  return overrides.published ? { date: overrides.published, time: null, zone: null, evidence: "published: set in the raw file's front matter" } : null;
}

/**
 * One file's failure is that file's problem: an exception of any step (a
 * stack overflow included) rejects the file with the cause as its reason, and
 * every other file is still normalized.
 */
export function normalizeArticle(raw: RawArticle, context: NormalizeContext): Normalized {
  try {
    return extractArticle(raw, context);
  } catch (error) {
    return { record: null, messages: [fail(raw.name, "normalize:failed", `normalizing the file stopped with ${String(error)}`)] };
  }
}

function extractArticle(raw: RawArticle, context: NormalizeContext): Normalized {
  const file = raw.name;
  const read = readArticleText(raw);
  if (!read.value) return { record: null, messages: read.messages };
  const { overrides, page, text: pageText } = read.value;
  // The whole page's lines, for what it prints around the article: a trail, a comment section's heading, a menu.
  const pageLines = pageText.split("\n");
  const commentsTitle = titleOfComments(pageLines);
  const cleaned = cleanBlocks(pageText, isCredit, isHeadMeta, commentsTitle);
  const layout = splitLayout(cleaned.units, isHeadMeta, cleaned.headline);
  const body = toBody(layout.body);
  const paragraphs = body.filter((block) => block.kind === "paragraph").map((block) => block.text);
  if (paragraphs.length === 0) {
    return { record: null, messages: [...read.messages, fail(file, "body:empty", "no article text is left once page chrome is removed")] };
  }
  const bodyText = paragraphs.join("\n\n");
  const foldedBody = foldText(bodyText);
  const language = overrides.language ? { value: overrides.language, messages: [] } : detectLanguage(file, bodyText);

  // The raw file's own corrections win, then what an HTML page states in markup, then what the text shows.
  // "Reuters" is a desk; "– Zeugenaufruf" is part of the headline unless the page names it elsewhere too.
  const namedElsewhere = (name: string) => isDesk(name) || pageText.indexOf(name) !== pageText.lastIndexOf(name);
  const suffixed = layout.title ? splitTitleSuffix(layout.title.text, namedElsewhere) : null;
  const headline = suffixed && !isNavigationPath(suffixed.title) ? { ...suffixed, title: withoutGluedKicker(suffixed.title, pageLines) } : null;
  // A breadcrumb is never a title, whichever source gives it.
  const pageTitle = page?.title && !isNavigationPath(page.title.value) ? page.title : null;
  // The title the page states beside its headline: a trail's last step, or its comment section's heading.
  const statedTitle = pageTitle ? null : (numberedTrailEnd(pageLines, bodyText, headline?.title ?? null) ?? pathTrailEnd(pageLines, headline?.title ?? null) ?? commentsTitle);
  const derived = !overrides.title && !pageTitle && !statedTitle && !headline;
  const lead = paragraphs.find((paragraph) => !isNavigationPath(paragraph)) ?? paragraphs[0]!;
  const title =
    overrides.title ??
    (pageTitle ? tidyTitle(pageTitle.value, bodyText) : statedTitle ? tidyTitle(statedTitle, bodyText) : headline ? tidyTitle(headline.title, bodyText) : deriveTitle(lead, language.value));

  const titleAt = layout.title ? cleaned.units.indexOf(layout.title) : 0;
  const distance = (unit: Unit) => Math.abs(cleaned.units.indexOf(unit) - titleAt);
  const leads = layout.body.slice(0, LEAD_PARAGRAPHS).flatMap((unit) => {
    const stamp = unit.kind === "paragraph" ? leadingStamp(unit.text) : null;
    return stamp ? [{ text: stamp, position: "body" as const, distance: distance(unit) }] : [];
  });
  const headLines = [...layout.head.map(({ unit, position }) => ({ text: unit.text, position, distance: distance(unit) })), ...leads];
  // The article's own head first; then the stamps the page prints near the headline, outside the article.
  const fromHead = extractPublished(file, headLines, language.value);
  const nearby = nearbyHead(cleaned.nearby);
  const fromNearby = fromHead.value || nearby.length === 0 ? null : extractPublished(file, nearby.map(({ unit, ...where }) => ({ text: unit.text, ...where })), language.value);
  const published = fromNearby?.value ? fromNearby : fromHead;
  const stated = overrides.published !== undefined || !!page?.published;
  const publishedValue = overrides.published !== undefined ? publishedOverride(overrides) : (page?.published ?? published.value);
  // "Doha Qatar" under the headline is a dateline, "Kabul Now" an outlet, whatever their capitals.
  const isPlaceOrBody = (text: string) => context.entities !== null && namesNonPerson(text, context.entities);
  const readers = { isDateLine: isStamp, besideDates: stampRest, titleBlock: layout.title?.block ?? null, namesNonPerson: isPlaceOrBody };
  const fromHeadAttribution = extractAttribution(layout.head, cleaned.removed, headline?.source ?? null, readers);
  // As for the day: the byline rows the page prints near the headline, when the article's head names nobody.
  const nearbyAuthors = fromHeadAttribution.authors.length > 0 || nearby.length === 0 ? [] : extractAttribution(nearby, [], null, { ...readers, titleBlock: null }).authors;
  // Then a byline inside the article, the one it ends with first.
  const authors = [fromHeadAttribution.authors, nearbyAuthors].find((names) => names.length > 0) ?? articleByline(cleaned.units, cleaned.removed);
  const entries = menuEntries(pageLines);
  const attribution = { ...fromHeadAttribution, authors: uniqueNames(authors.map((name) => withoutMenuWords(name, entries))) };
  const dated = datedSentences(paragraphs, { language: language.value, published: publishedValue?.date ?? null });
  const developments = extractDevelopments(file, dated);
  const unresolved = overrides.unresolved ?? extractUnresolved(dated);

  const messages = [
    ...read.messages,
    ...language.messages,
    ...(stated ? [] : published.messages),
    ...developments.messages,
    ...(derived ? [warn(file, "title:derived", "the text has no headline; the title was made from the lead")] : []),
  ];
  // An outlet printed under the headline reads like a name; it is the source, not an author; nor is the headline itself.
  const source = overrides.source ?? page?.source ?? attribution.source;
  const record: ArticleRecord = {
    raw: raw.name,
    raw_sha256: sha256(raw.bytes),
    title,
    title_derived: derived,
    published: publishedValue,
    authors: overrides.authors ?? page?.authors?.value ?? textAuthors(attribution.authors.filter((name) => name !== source && name !== title && !isPlaceOrBody(name)), page, fromHeadAttribution.desk),
    source,
    url: overrides.url ?? page?.url ?? null,
    language: language.value,
    topics: overrides.topics ?? assignTopics(title, bodyText, context.taxonomy, foldedBody),
    summary: leadSummary(paragraphs[0]!, language.value),
    developments: overrides.developments ?? developments.value,
    unresolved,
    body,
    // Folding the joined body equals folding each paragraph: no paragraph holds a line break.
    fingerprint: fingerprintFolded(foldedBody.split("\n\n")),
    messages,
  };
  return { record };
}
