/**
 * Finds the article inside a whole page's text: a select-all copy or a scrape
 * brings menus, teasers, consent text, comments and footers along, and the
 * headline is rarely the first line.
 *
 * Every line shaped like a headline is weighed as one: a dateline or byline
 * close below it, the same words again in a breadcrumb, little else between it
 * and the prose below it, and how much prose that is (a teaser's headline has
 * a line or two under it, the article's the whole text). The best one heads
 * the article; the article's body is the prose below it, up to the first long
 * stretch of other lines. Everything else is page chrome.
 */
import { BULLET_MARKS } from "../text/bullets.ts";
import type { Unit } from "../../model/types.ts";
import chrome from "./chrome.json" with { type: "json" };
import { isTitleCase } from "../text/case.ts";
import { isNameWithRole, isPersonName } from "../text/names.ts";
import { countLetterRuns, countWords } from "../text/words.ts";
import { phrases } from "../dates/patterns.ts";
import { isStampShaped } from "../dates/line.ts";
import { isKickerLabel } from "./kicker.ts";
import { isNavigationPath } from "../text/navigation.ts";

export interface LocatedArticle {
  /** Index of the first unit of the article (its kickers and stamps above the headline included). */
  start: number;
  /** One past the last unit of the article. */
  end: number;
  /** Index of the headline, or null when no line before the body reads as one. */
  headline: number | null;
}

export interface LinesAroundHeadlines {
  /** A dateline or a byline, alone on its line: never a headline. */
  isStampOrByline: (text: string) => boolean;
  /** What stands around a headline: those, and stamps with a name or a section beside the date. */
  isMeta: (text: string) => boolean;
  /** The title the page quotes elsewhere (its comment section's heading): the line that prints it is the headline. */
  statedTitle?: string | null;
}

/** A list bullet, a checkbox, or a short numbered menu item ("1. Home"): menu and teaser items, never a headline. */
const LIST_ITEM = new RegExp(`^(?:[${BULLET_MARKS}]\\s|\\[[ x]?\\]|\\( ?\\))|^\\d{1,2}\\.\\s+\\S+(?:\\s+\\S+){0,2}$`, "u");
/** Form remnants and link brackets: "[Suchen]", "[ ]", "[csm_image_12]". */
const BRACKETED = /\[[^\]]*\]/;
/**
 * What a headline never holds: a link ("https://t.co/…"), a mail address ("redaktion@…"), letters alone (a calendar's
 * "M D M D F S S"), a template's unfilled placeholder ("Verbinde mit %s", "{{title}}") or a phone number ("Tel: +49 …").
 */
const NEVER_IN_HEADLINE = /https?:\/\/|\bwww\.\S|\S@\p{L}[\p{L}\d.-]*\.\p{L}{2}|^(?:\p{L}\s){2,}\p{L}$|%[sd]\b|\{\{|\b(?:tel|phone|fax)\.?:?\s*\+?\d|\b0\d{2,4}\s*[-/–]\s*\d{2,4}(?:\s\d{2,4})+\b/iu;
/**
 * A picture's caption or credit: "© dpa", "Foto: …", "(Archivaufnahme)",
 * "Bildquelle: …", "… in the background Shutterstock", a gallery's "Bild 1 von 10", an alternative text ("Flag of Chile"),
 * the people in the picture "(von links)".
 */
const PICTURE_LABEL = phrases(chrome.pictureLabels);
const PICTURE_CREDIT = phrases(chrome.pictureCredits);
const PICTURE_ALT = phrases(chrome.pictureAlts);
const CAPTION_PLACE = phrases(chrome.captionPlaces);
const CAPTION = new RegExp(
  `^\\([^)]*\\/[^)]*\\)$|©|\\b(?:${PICTURE_LABEL})\\b\\s*[:/)]|\\/(?:${PICTURE_CREDIT})\\b|\\s(?:${PICTURE_CREDIT})$|^(?:${PICTURE_LABEL})\\s+\\d+\\s+\\p{L}{1,3}\\s+\\d+$|^(?:${PICTURE_ALT})\\b|\\((?:${CAPTION_PLACE})\\)`,
  "iu",
);
/** A picture's alternative text and its caption run together: "Christoph beim AngelnChristoph beim Angeln". */
const isDoubled = (text: string) => text.length % 2 === 0 && text.length >= 8 && text.slice(0, text.length / 2) === text.slice(text.length / 2);

export const isListItem = (text: string) => LIST_ITEM.test(text);

const INTERFACE_WORDS = new Set([...chrome.interface, ...chrome.sections]);
/** A word of a menu or a button ("Toggle", "navigation", "Share"), in any case. */
export const isInterfaceWord = (word: string) => INTERFACE_WORDS.has(word.toLowerCase());
/** How many of a line's words are the words of menus and buttons ("Toggle navigation", "Share Close"). */
const interfaceWords = (text: string) => countLetterRuns(text, isInterfaceWord);

/**
 * Prose: a paragraph, not a list item, long enough to be article text rather
 * than a teaser's line; in a text whose paragraphs are all short (a brief of
 * one sentence), any paragraph.
 */
const PROSE_MIN = 80;
const isParagraph = (unit: Unit) => unit.kind === "paragraph" && !isListItem(unit.text);

/** Other units allowed between two paragraphs of one body: captions, subheadings, a share row, a picture gallery, a table. */
const MAX_GAP = 20;
/** How far below a standfirst its byline, stamp and caption rows reach: a section opening among them does not cut the standfirst off its body. */
const STANDFIRST_GAP = 12;
/** How far above its body a headline may stand: bylines, stamps, share rows and captions come between. */
const HEADLINE_REACH = 40;
/** How many lines above the headline may still be its kicker, stamp or issuer. */
const ABOVE_HEADLINE = 3;
/** How far below a candidate its dateline or byline may be. */
const META_REACH = 5;
/** A headline that reads like a sentence ("„Wir sind tief erschüttert“") is still short. */
const MAX_HEADLINE_WORDS = 30;
const MAX_SENTENCE_HEADLINE_WORDS = 16;
/** How far below a candidate its prose is counted: the article's headline has the whole text under it. */
const MASS_REACH = 40;
/** A person's name has at most this many words (see isPersonName). */
const MAX_NAME_WORDS = 6;
/** A stamp with a name or section beside its date is short; a longer line with a date is a stamp only when printed as one. */
const MAX_STAMP_WORDS = 6;
/** A name with its role and desk ("Sarah Hinger, Staff Attorney, ACLU Racial Justice Program"): at most this many. */
const MAX_BYLINE_WORDS = 12;

/** The prose from one paragraph on: it, and every paragraph after it with at most MAX_GAP other units between. */
interface Body {
  first: number;
  last: number;
  chars: number;
}

/**
 * For each unit, the body that the first prose at or after it opens (chains
 * computed once, from the end). A chain breaks at a headline with its own
 * dateline or byline: a teaser's or the next article's; not after a
 * standfirst, the one paragraph under a headline, whose byline and stamp
 * rows look like a teaser's headline with its date.
 */
function bodiesFrom({ units, prose, shaped }: PageUnits, opensSection: boolean[]): (Body | undefined)[] {
  const from: (Body | undefined)[] = new Array(units.length);
  let next: Body | undefined;
  let sectionAhead = false;
  for (let index = units.length - 1; index >= 0; index--) {
    const unit = units[index]!;
    if (prose[index]) {
      const standfirst = shaped[index - 1] === true && next !== undefined && next.first - index - 1 <= STANDFIRST_GAP;
      next = next && (!sectionAhead || standfirst) && next.first - index - 1 <= MAX_GAP
        ? { first: index, last: next.last, chars: unit.text.length + next.chars }
        : { first: index, last: index, chars: unit.text.length };
      sectionAhead = false;
    }
    if (opensSection[index]) sectionAhead = true;
    from[index] = next;
  }
  return from;
}

const isHeadLine = (unit: Unit) => unit.kind === "line" && !isListItem(unit.text) && !BRACKETED.test(unit.text) && countWords(unit.text) <= 12;

/** "BREAKING", "Analysis:", "AFGHANISTAN": labels over a headline; "TALIBAN TAKE KABUL" may be the headline itself. */
const isLabel = (text: string) => isKickerLabel(text) || (countWords(text) <= 2 && /\p{Lu}{2}/u.test(text) && text === text.toUpperCase());

/** "« Previous post", "Next post →": a link to the blog's neighbouring post, an arrow or guillemet on one side only. */
const NEIGHBOUR_LINK = /^[«‹←]\s(?!.*[»›])|^[^«‹]*\s[»›→]$/u;

/** An opening quotation mark makes a unit a paragraph, but „Wir sind tief erschüttert“ may be a headline. */
const OPENS_QUOTE = /^["“„«‚‘»]/u;
/** "Cool. Wusste ich nicht.": two sentences are text; "… for Wed. after …" is one. */
const SENTENCE_BREAK = /[.!?…]\s+[\p{Lu}\d]/u;
/** "Startseite > Politik > Ausland", "Home › News", "News | Sport | Kultur", "Politik | Ausland", "home / Betrieb / IT / …", "Sie sind hier: …". */
const BREADCRUMB = new RegExp(`\\s(?:>>?|»|›|››)\\s|^(?:[^|•·]*\\s[|•·]\\s?){2}|^\\S+(?: \\S+)? \\| \\S+(?: \\S+)?$|^(?:[^/]*\\s/\\s){2}|^(?:${phrases(chrome.breadcrumbLeads)})(?![\\p{L}])`, "iu");

/**
 * Shaped like a headline: a few words, not a list item, form remnant, breadcrumb, tag list, stamp or byline.
 * A paragraph is one when it opens with a quote, or when it is one sentence under a stamp or byline:
 * some headlines end with a full stop ("Zeit zu gehen.", "… after Cold Wave Alert Tues.").
 */
function isHeadlineShaped(unit: Unit, lines: LinesAroundHeadlines, underMeta: boolean): boolean {
  const { text } = unit;
  if (text.length > 200 || (unit.kind === "paragraph" && !OPENS_QUOTE.test(text) && !(underMeta && !SENTENCE_BREAK.test(text)))) return false;
  const count = countWords(text);
  if (count > (unit.kind === "paragraph" ? MAX_SENTENCE_HEADLINE_WORDS : MAX_HEADLINE_WORDS)) return false;
  // "Wir bieten:", "Hier eine Übersicht:" introduce what follows.
  if (!/\p{Lu}|\p{Lo}/u.test(text) || /[,;:]$/.test(text)) return false;
  // "amiga, dogs, floppy, Hunde": a tag list.
  if ((text.match(/,/g) ?? []).length >= 3) return false;
  // "Sign up to Newsletters", "Toggle navigation anarcat": half its words are a menu's or a button's.
  if (interfaceWords(text) * 2 >= count && count >= 2) return false;
  // The dearest questions last: a stamp or a byline is read for dates and names.
  return !isListItem(text) && !BRACKETED.test(text) && !NEVER_IN_HEADLINE.test(text) && !BREADCRUMB.test(text) && !isNavigationPath(text) && !NEIGHBOUR_LINK.test(text) && !isLabel(text) && !lines.isStampOrByline(text);
}

/** What is known of a headline-shaped line as a headline: where it stands relative to the prose below it. */
interface HeadlineCandidate {
  index: number;
  /** The body it would head. */
  body: Body;
  /** Characters of prose in the units below it, gaps or not: a teaser's headline has a line or two. */
  mass: number;
  /** A dateline or byline within a few lines below (above the body). */
  metaBelow: boolean;
  /** A stamp or byline just above: some pages print the date over the headline. */
  metaAbove: boolean;
  /** The same words end a longer line elsewhere (a breadcrumb, a page title), or stand once more alone. */
  echoed: boolean;
  words: number;
  /** A caption or picture credit. */
  caption: boolean;
  /** A stamp with a name or section beside its date ("Sabine Schönfelder / 22.04.2020"): rarely a headline. */
  stamp: boolean;
  /** Stands above the page's longest body: what stands inside it is a subheading, a pull quote or a comment. */
  aboveLongest: boolean;
  /** Reads as a name alone: a byline without its "By". */
  name: boolean;
  /** A name with its role after it ("Richard Adams Education editor"): a byline without its "By". */
  role: boolean;
  /** Words of menus and buttons in it. */
  interface: number;
  /** Opens with a number and a dot: an item of a numbered list or trail ("6. Bundesministerin …"). */
  numbered: boolean;
  /** Reads like the lead's first sentence: long, with a clause after a comma. */
  sentence: boolean;
  /** The next line is a longer line of its own: a standfirst under its headline. */
  leadsLonger: boolean;
  /** Other headline-shaped lines and paragraphs between it and its body. */
  between: number;
}

/**
 * A unit nearby repeats the text at its end (a breadcrumb's last step, a page
 * title), or whole once or twice. A site's name repeats too, but in its header
 * and its footer, far apart. `byLastWord` lists the units ending in each word:
 * only those can end with the text.
 */
function isEchoed(units: Unit[], index: number, byLastWord: Map<string, number[]>): boolean {
  const text = units[index]!.text;
  let copies = 0;
  let suffix = false;
  const same = byLastWord.get(lastWord(text)) ?? [];
  // The list is in page order: start at the first unit within reach, so a page of one repeated line stays linear.
  for (let at = firstAtOrAfter(same, index - ECHO_REACH); at < same.length && same[at]! <= index + ECHO_REACH; at++) {
    const other = same[at]!;
    if (other === index) continue;
    const { text: candidate } = units[other]!;
    if (candidate.length < text.length || !candidate.endsWith(text)) continue;
    if (candidate.length === text.length) copies++;
    // "Headline – Site" ends with the site's name: that echoes the masthead, not a headline.
    else if (candidate.length < text.length + 120 && !SITE_SEPARATOR.test(candidate.slice(0, -text.length))) suffix = true;
  }
  return suffix || (copies >= 1 && copies <= 2 && countWords(text) >= 3);
}
const ECHO_REACH = 100;
const SITE_SEPARATOR = /\s[–—|-]\s*$/u;
const lastWord = (text: string) => text.slice(text.lastIndexOf(" ") + 1);

/** The position of the first value ≥ `value` in an ascending list. */
function firstAtOrAfter(list: number[], value: number): number {
  let [low, high] = [0, list.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** What every unit of a page is, asked once: candidates, sections and bodies all read it. */
interface PageUnits {
  units: Unit[];
  shaped: boolean[];
  /** A line that stands around headlines: a stamp or a byline. */
  meta: boolean[];
  words: number[];
  prose: boolean[];
  /** Characters of prose before each unit, so a stretch's prose is a subtraction. */
  proseBefore: number[];
  byLastWord: Map<string, number[]>;
}

function readUnits(units: Unit[], lines: LinesAroundHeadlines): PageUnits {
  const min = units.some((unit) => isParagraph(unit) && unit.text.length >= PROSE_MIN) ? PROSE_MIN : 1;
  const prose = units.map((unit) => isParagraph(unit) && unit.text.length >= min);
  const proseBefore = [0];
  units.forEach((unit, index) => proseBefore.push(proseBefore.at(-1)! + (prose[index] ? unit.text.length : 0)));
  const byLastWord = new Map<string, number[]>();
  units.forEach((unit, index) => {
    const word = lastWord(unit.text);
    const list = byLastWord.get(word);
    if (list) list.push(index);
    else byLastWord.set(word, [index]);
  });
  const meta = units.map((unit) => unit.kind === "line" && lines.isMeta(unit.text));
  // A stamp or byline printed over a sentence makes it a headline; one printed under it is as often a teaser's or a comment's.
  const shaped = units.map((unit, index) => isHeadlineShaped(unit, lines, meta[index - 1] === true));
  return {
    units,
    prose,
    byLastWord,
    shaped,
    meta,
    // Only headline-shaped units and lines are weighed by their words; other paragraphs' counts are never asked.
    words: units.map((unit, index) => (unit.kind === "line" || shaped[index] ? countWords(unit.text) : 0)),
    proseBefore,
  };
}

const anyIn = (flags: boolean[], from: number, to: number) => {
  for (let k = Math.max(0, from); k < Math.min(flags.length, to); k++) if (flags[k]) return true;
  return false;
};

/** Headline-shaped lines with a stamp or byline right below them open a section of the page. */
const sectionOpenings = (page: PageUnits) => page.shaped.map((shaped, index) => shaped && anyIn(page.meta, index + 1, index + 3));

/** The page's longest body, where its article most likely is. */
const longestOf = (bodies: (Body | undefined)[]) =>
  bodies.reduce<Body | undefined>((best, body) => (body && (!best || body.chars > best.chars) ? body : best), undefined);

function headlineCandidates(page: PageUnits, bodies: (Body | undefined)[], longest: Body | undefined): HeadlineCandidate[] {
  const { units, shaped, meta, proseBefore } = page;
  const count = page.words;
  const found: HeadlineCandidate[] = [];
  units.forEach((unit, index) => {
    const body = bodies[index + 1];
    if (!body || body.first - index > HEADLINE_REACH || !shaped[index]) return;
    // A short name in title case between a dateline and a byline is where an outlet prints its masthead ("Gulf Times").
    if (count[index]! <= 4 && meta[index - 1] === true && anyIn(meta, index + 1, index + 3) && isTitleCase(unit.text)) return;
    // A label of a word or two between a headline and its body ("Teilen", "Anzeige") does not compete with it, nor does a copy of it.
    let between = 0;
    for (let k = index + 1; k < body.first; k++) {
      const other = units[k]!;
      if (other.text !== unit.text && (other.kind === "paragraph" || (count[k]! >= 3 && shaped[k]))) between++;
    }
    found.push({
      index,
      body,
      mass: proseBefore[Math.min(units.length, index + 1 + MASS_REACH)]! - proseBefore[index + 1]!,
      metaBelow: anyIn(meta, index + 1, Math.min(index + 1 + META_REACH, body.first)),
      metaAbove: anyIn(meta, index - 2, index),
      echoed: isEchoed(units, index, page.byLastWord),
      words: count[index]!,
      caption: CAPTION.test(unit.text) || isDoubled(unit.text),
      stamp: meta[index]! && (count[index]! <= MAX_STAMP_WORDS || isStampShaped(unit.text)),
      aboveLongest: longest !== undefined && index < longest.first,
      name: count[index]! <= MAX_NAME_WORDS && isPersonName(unit.text),
      role: count[index]! <= MAX_BYLINE_WORDS && isNameWithRole(unit.text),
      interface: interfaceWords(unit.text),
      numbered: /^\d{1,2}\.\s/u.test(unit.text),
      sentence: count[index]! >= 12 && /\p{L},\s\p{Ll}/u.test(unit.text),
      leadsLonger: units[index + 1]?.kind === "line" && count[index + 1]! > count[index]! && shaped[index + 1]!,
      between,
    });
  });
  return found;
}

/** Each candidate's facts as numbers, signed so that more is likelier a headline. */
function signals(candidate: HeadlineCandidate) {
  return {
    metaBelow: Number(candidate.metaBelow),
    metaAbove: Number(candidate.metaAbove),
    echoed: Number(candidate.echoed),
    words: Number(candidate.words >= 4 && candidate.words <= 20),
    short: -Number(candidate.words <= 2),
    mass: Math.log2(1 + candidate.mass / 500),
    body: Math.log2(1 + candidate.body.chars / 500),
    between: -candidate.between,
    caption: -Number(candidate.caption),
    name: -Number(candidate.name),
    role: -Number(candidate.role),
    stamp: -Number(candidate.stamp),
    aboveLongest: Number(candidate.aboveLongest),
    interface: -Math.min(candidate.interface, 2),
    leadsLonger: Number(candidate.leadsLonger),
    sentence: -Number(candidate.sentence),
    numbered: -Number(candidate.numbered),
  };
}

type Signal = keyof ReturnType<typeof signals>;

const WEIGHTS: Record<Signal, number> = { metaBelow: 3, metaAbove: 1, echoed: 2, words: 1.5, short: 6, mass: 2, between: 0.5, caption: 6, name: 1, role: 6, stamp: 4, aboveLongest: 3, body: 1, interface: 1, leadsLonger: 1, sentence: 1.5, numbered: 1 };

function headlineScore(candidate: HeadlineCandidate): number {
  const values = signals(candidate);
  let score = 0;
  for (const signal of Object.keys(WEIGHTS) as Signal[]) score += WEIGHTS[signal] * values[signal];
  return score;
}

/** The article's span and headline among the page's units; the whole text when it is one article already. */
export function locateArticle(units: Unit[], lines: LinesAroundHeadlines): LocatedArticle {
  const page = readUnits(units, lines);
  const bodies = bodiesFrom(page, sectionOpenings(page));
  const longest = longestOf(bodies);
  let best: HeadlineCandidate | null = null;
  let bestScore = -Infinity;
  const candidates = headlineCandidates(page, bodies, longest);
  const stated = candidates.filter((candidate) => units[candidate.index]!.text === lines.statedTitle);
  for (const candidate of stated.length > 0 ? stated : candidates) {
    const score = headlineScore(candidate);
    // A short label between paragraphs scores below nothing: it is a subheading of a text without a headline.
    if (score > bestScore && score > 0) [best, bestScore] = [candidate, score];
  }
  const body = best?.body ?? longest;
  if (!body) return { start: 0, end: units.length, headline: null };
  const headline = best?.index ?? null;

  // Kickers, stamps, bylines and issuer lines directly above the headline belong to the article; a menu's items do not.
  const top = headline ?? body.first;
  let start = top;
  while (start > top - ABOVE_HEADLINE && start > 0 && (isHeadLine(units[start - 1]!) || lines.isMeta(units[start - 1]!.text))) start--;
  // After the body: a short closing sentence, and its closing stamps and credits; not the page's footer.
  let end = body.last + 1;
  while (end < units.length && (units[end]!.kind === "paragraph" ? !isListItem(units[end]!.text) : lines.isMeta(units[end]!.text))) end++;
  return { start, end, headline };
}
