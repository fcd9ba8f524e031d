/** The headline: not a kicker or a date; with no headline, one derived from the lead. */
import { BULLET_MARKS, LEADING_BULLET } from "../text/bullets.ts";
import chrome from "../clean/chrome.json" with { type: "json" };
import { phrases } from "../dates/patterns.ts";
import { isAllCaps, sentenceCase } from "../text/case.ts";
import { splitSentences } from "../dates/sentences.ts";
import { countWords, endsOnFunctionWord } from "../text/words.ts";


/** "… Multiplikators 3.17 5 12": a rating widget's figures after the headline. */
const TRAILING_FIGURES = /(?:\s+\d+(?:[.,]\d+)?){2,}$/;

/** "Rioja , Spanien": two spans of a heading joined with a space before the comma, which no language writes. */
const SPACE_BEFORE_COMMA = /\s+,/g;

export function tidyTitle(title: string, articleText: string): string {
  const trimmed = title.replace(/\s+/g, " ").trim().replace(TRAILING_FIGURES, "").replace(SPACE_BEFORE_COMMA, ",");
  return isAllCaps(trimmed) ? sentenceCase(trimmed, articleText) : trimmed;
}

/** Fewest words of a headline behind a kicker ("Daten von Rheinmetall gehackt"), most of the kicker before it. */
const MIN_HEADLINE_WORDS = 4;
const MAX_KICKER_WORDS = 6;
const HEADLINE_START = /^[\p{Lu}„“"«»‚‘']/u;
/** What a breadcrumb's last step or a numbered list's entry follows: "home / Betrieb / ", "5. ". */
const STEP_BEFORE = /(?:[/›>»|:]|\d\.)\s+$/u;
const DASH_AFTER = /^\s[-–|]\s/u;

/**
 * "Interne Unterlagen im Netz Daten von Rheinmetall gehackt": a kicker run
 * into the headline on one line, as a page's text gives a heading of two
 * spans. The headline is the end that the page prints again elsewhere: alone
 * (a list of its articles), as a breadcrumb's last step or a numbered entry
 * ("home / Betrieb / …", "5. …"), or first before a dash ("… - Interne
 * Unterlagen im Netz").
 */
export function withoutGluedKicker(headline: string, pageLines: readonly string[]): string {
  const words = headline.split(" ");
  const splits = words
    .map((_, at) => at)
    // A headline opens with a capital or a quote; a kicker ending in "Leere":" or "vs." runs on into it.
    .filter((at) => at >= 1 && at <= MAX_KICKER_WORDS && words.length - at >= MIN_HEADLINE_WORDS && HEADLINE_START.test(words[at]!) && !/.[:.]$/u.test(words[at - 1]!))
    .map((at) => words.slice(at).join(" "));
  if (splits.length === 0) return headline;
  // Every ending the test looks for holds the headline's shortest one: a line without it is passed over unread.
  const shortest = splits.at(-1)!;
  for (const raw of pageLines) {
    if (!raw.includes(shortest)) continue;
    const line = raw.replace(LEADING_BULLET, "").trim();
    // A line printing the whole headline again ("1. Interne Unterlagen …") shows no kicker.
    if (line.length < 10 || line.includes(headline)) continue;
    const found = splits.find((rest) => line === rest || (line.endsWith(rest) && STEP_BEFORE.test(line.slice(0, -rest.length))) || (line.startsWith(rest) && DASH_AFTER.test(line.slice(rest.length))));
    if (found) return found;
  }
  return headline;
}

/** "1. Express", "2. Düsseldorf", "3. Tote Tauben im ISS Dome …": an ordered list of links, as a text browser prints a breadcrumb. */
const TRAIL_STEP = /^\s*(\d{1,2})\.\s+(\S.*?)\s*$/u;
const FIRST_STEP = /^\s*1\.\s/u;
const STEP_NUMBER = /^\d{1,2}\.\s+/u;
/** A trail's steps before its last are sections ("Politik", "Region Nord"); its last is the article, named in full; a longer list is a ranking or a menu. */
const MAX_SECTION_WORDS = 3;
const MIN_ARTICLE_WORDS = 4;
const MAX_STEPS = 6;
/** "… auch für Tesla > teslamag.de": a page title with its site, not a trail's step. */
const PATH_SEPARATOR = /\s[>»›|]\s/u;
const contentWords = (text: string) => text.toLowerCase().match(/\p{L}{4,}/gu) ?? [];

/**
 * A trail's last step when it may name the article: the steps before it are
 * sections, it is named in full and not cut off, and the headline found does
 * not hold it whole (a shortening).
 */
function namedStep(steps: readonly string[], headline: string | null): string | null {
  const last = steps.at(-1)!;
  if (steps.length < 2 || steps.length > MAX_STEPS || steps.slice(0, -1).some((step) => countWords(step) > MAX_SECTION_WORDS)) return null;
  if (countWords(last) < MIN_ARTICLE_WORDS || /(?:\.\.\.|…)$/u.test(last) || PATH_SEPARATOR.test(last)) return null;
  // The step itself taken for the headline ("3. Tote Tauben …") is no shortening of it.
  const bare = headline?.replace(STEP_NUMBER, "") ?? null;
  return bare !== null && bare !== last && bare.toLowerCase().includes(last.toLowerCase()) ? null : last;
}

/**
 * The last step of a numbered breadcrumb: many publishers name the article
 * there as they title it for search and sharing, where the headline on the
 * page is phrased for the page. A step whose words the article's text does
 * not use ends a menu ("Choose from 30 Languages"), not a trail; one the
 * headline holds whole, or one cut off ("Wir waren fast 40 Tage in..."), is
 * a shortening of the headline.
 */
export function numberedTrailEnd(lines: readonly string[], articleText: string, headline: string | null): string | null {
  let used: Set<string> | null = null;
  for (let at = 0; at < lines.length; at++) {
    if (!FIRST_STEP.test(lines[at]!)) continue;
    const steps: string[] = [];
    for (let next = at; next < lines.length; next++) {
      const step = TRAIL_STEP.exec(lines[next]!);
      if (!step || Number(step[1]) !== steps.length + 1) break;
      steps.push(step[2]!);
    }
    // Go on after the trail; a "1." with nothing after it is no step and is passed.
    at += Math.max(0, steps.length - 1);
    const named = namedStep(steps, headline);
    if (!named) continue;
    const words = contentWords(named);
    used ??= new Set(contentWords(articleText));
    if (words.length > 0 && words.filter((word) => used!.has(word)).length * 2 >= words.length) return named;
  }
  return null;
}

/** "Home / Sport / …", "Startseite>People>…", "Forum › iPhone › …": a trail's separators, a slash only between spaces. */
const STEP_SEPARATOR = /\s+[/>»›]\s+|\s*[>»›]\s*/u;
/** A trail's step before its last: a section's name of plain words ("Real Life", "FB-Rhön"), not a button's. */
const SECTION_WORD = /^[\p{L}\p{N}&'’-]+$/u;
const BUTTON_WORDS = new Set(chrome.interface);
const isSection = (step: string) => {
  const words = step.split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every((word) => SECTION_WORD.test(word)) && !(words.length === 1 && BUTTON_WORDS.has(words[0]!.toLowerCase()));
};
/** "StartseiteNetzwerkWenn das Netz …": a trail whose links a copy ran together, its first the home page's or a section's. */
const GLUED_FIRST = /^(\p{Lu}\p{Ll}+)(?=\p{Lu})/u;
const GLUE = /\p{Ll}(?=\p{Lu})/gu;
const SECTION_NAMES = new Set(chrome.sections);

/** The ways to part a run-together trail into steps, one for each place a step may end, or null for a line that is none. */
function gluedSteps(line: string): string[][] | null {
  const first = GLUED_FIRST.exec(line)?.[1];
  if (!first || !SECTION_NAMES.has(first.toLowerCase())) return null;
  const ends = [...line.matchAll(GLUE)].map((match) => match.index! + 1);
  // Every part but the last is a step before it; the last part, from one of those ends on, is the article.
  return ends.map((end) => [...line.slice(0, end).split(/(?<=\p{Ll})(?=\p{Lu})/u), line.slice(end)]);
}

/** "Sie sind hier: …" opens a trail, a step or more after it. */
const TRAIL_LEAD = new RegExp(`^(?:${phrases(chrome.breadcrumbLeads)})\\s*:\\s*`, "iu");

/** The ways a line may be a trail, as lists of steps: none for most lines. */
function trailsOf(line: string): string[][] {
  const glued = gluedSteps(line);
  if (glued) return glued;
  // Most lines are no trail: only those with a separator, or a trail's lead, are split.
  if (!/[/>»›:]/u.test(line)) return [];
  const lead = TRAIL_LEAD.exec(line)?.[0] ?? "";
  const steps = line.slice(lead.length).split(STEP_SEPARATOR);
  // "» Alle Newsletter", "Weiterlesen » …", "© 2001 zeitung.de / Verlag …": a link's arrow, a prompt, a credit.
  if (!steps.slice(0, -1).every(isSection)) return [];
  return [lead && steps.length === 1 ? [lead, ...steps] : steps];
}

/**
 * The last step of a breadcrumb of separators ("Home / Fußball / Regionalliga
 * / Wenn man in der Heimat verliert …", "Sie sind hier: Gute Gründe, …"), or
 * of one run together ("StartseiteNetzwerkWenn das Netz …"), when the page
 * prints that step alone as well: then it is the headline, named as the trail
 * names it, as for a numbered trail.
 */
export function pathTrailEnd(lines: readonly string[], headline: string | null): string | null {
  let alone: Set<string> | null = null;
  for (const line of lines) {
    for (const steps of trailsOf(line.trim())) {
      const named = namedStep(steps, headline);
      if (!named) continue;
      alone ??= new Set(lines.map((other) => other.trim()));
      if (alone.has(named)) return named;
    }
  }
  return null;
}

/** "3 Kommentare zu „Scherenschnitt (3)“", "One thought on “Need for Speed”": a comment section's heading quotes its post's title. */
const COMMENTS_HEADING = new RegExp(`^\\s*(?:[${BULLET_MARKS}]\\s*)?(?:[\\p{L}\\d]+\\s+)?(?:${phrases(chrome.commentNouns)})\\s+(?:${phrases(chrome.commentJoiners)})\\s+[„“"«‚‘]\\s*(.+?)\\s*[“”"»‘’]\\s*$`, "iu");

const QUOTE = /[„“"«‚‘]/u;

/** The post's title as its comment section's heading quotes it. */
export function titleOfComments(pageLines: readonly string[]): string | null {
  for (const line of pageLines) {
    // Most lines quote nothing: the heading's test is asked only of those that do.
    const quoted = QUOTE.test(line) ? COMMENTS_HEADING.exec(line)?.[1] : undefined;
    if (quoted) return quoted;
  }
  return null;
}

const MAX_DERIVED = 90;

/** A title made from the lead's first sentence, cut at a clause or word boundary. */
export function deriveTitle(lead: string, language: string): string {
  const first = splitSentences(lead, language)[0] ?? lead;
  const sentence = first.replace(/[.!?…]+$/, "");
  if (sentence.length <= MAX_DERIVED) return sentence;
  const window = sentence.slice(0, MAX_DERIVED);
  const clause = Math.max(window.lastIndexOf(", "), window.lastIndexOf("; "));
  const cut = clause >= 40 ? clause : window.lastIndexOf(" ");
  let kept = sentence.slice(0, cut > 0 ? cut : MAX_DERIVED).replace(/[,;:\s]+$/, "");
  // "… a permis aux talibans de prendre le…" leaves the phrase hanging; end on a word that carries meaning.
  while (endsOnFunctionWord(kept) && kept.includes(" ")) kept = kept.slice(0, kept.lastIndexOf(" ")).replace(/[,;:\s]+$/, "");
  return `${kept}…`;
}
