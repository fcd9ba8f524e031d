/**
 * Scores extracted fields against hand-made labels: the publication day, the
 * title and the first author of each labelled page. Pure; the rules are those
 * of the reference scorer the figures are compared with, so both give the same
 * numbers on the same run.
 */
import { DossierError } from "../../pipeline/model/errors.ts";

export interface Label {
  /** The raw file's name without its extension. */
  id: string;
  /** YYYY-MM-DD */
  date: string;
  title?: string;
  /** Several authors are separated by `;`. */
  author?: string;
  lang?: string;
}

/** What normalize made of one raw file: its report status and its article's front matter. */
export interface Page {
  status: string | null;
  fields: Record<string, unknown>;
}

export type Miss =
  | { id: string; field: "date"; want: string; got: string | null; evidence: unknown; status: string | null }
  | { id: string; field: "title"; want: string; got: unknown }
  | { id: string; field: "author"; want: string; got: unknown[] };

export interface Tally {
  right: number;
  of: number;
}

export interface Figures {
  pages: number;
  /** Pages given any date; `day.right / dated` is the precision. */
  dated: number;
  day: Tally;
  title: Tally;
  author: Tally;
  rejected: number;
}

export interface Score {
  all: Figures;
  /** By the label's `lang` (`?` when it has none), most pages first. */
  byLanguage: [string, Figures][];
  misses: Miss[];
  /** Labels whose raw file normalize did not report. */
  unmatched: string[];
}

const isText = (value: unknown): value is string => typeof value === "string";
const OPTIONAL = ["title", "author", "lang"] as const;

function checkLabel(entry: unknown, index: number, file: string): Label {
  const label = entry as Record<string, unknown>;
  const named = isText(label?.id) && label.id !== "" ? ` (${label.id})` : "";
  const bad = (reason: string) => new DossierError(file, "bench:labels", `label ${index + 1}${named}: ${reason}`);
  if (typeof entry !== "object" || entry === null || Array.isArray(entry)) throw bad("not an object");
  if (!named) throw bad("no id");
  if (!isText(label.date) || !/^\d{4}-\d{2}-\d{2}$/.test(label.date)) throw bad("date is not YYYY-MM-DD");
  for (const key of OPTIONAL) if (label[key] !== undefined && label[key] !== null && !isText(label[key])) throw bad(`${key} is not text`);
  return entry as Label;
}

/** The labels of a labels.json text; throws a one-line reason naming `file`. */
export function parseLabels(text: string, file: string): Label[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new DossierError(file, "bench:labels", `is not JSON (${(cause as Error).message})`, { cause });
  }
  if (!Array.isArray(data)) throw new DossierError(file, "bench:labels", "is not a JSON array of labels");
  return data.map((entry, index) => checkLabel(entry, index, file));
}

// Python's `\s` (which the reference uses): unlike JavaScript's it holds U+001C–U+001F and U+0085, and not U+FEFF.
const SPACES = /[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;
const QUOTES = /[‘’“”"'`]/g;

/**
 * A title or name as compared: NFKC, case folded, without quotes, spaces
 * squeezed. Besides lowercasing, case folding merges ß with ss and final
 * sigma with sigma (as Python's `casefold` does), so "STRASSE" is "Straße".
 */
export function foldText(value: unknown): string {
  const text = value === null || value === undefined ? "" : String(value);
  const folded = text.normalize("NFKC").toLowerCase().replace(/ß/g, "ss").replace(/ς/g, "σ").replace(QUOTES, "");
  return folded.split(SPACES).filter(Boolean).join(" ");
}

/** The first of the label's authors, as written: the part before any `;`. */
export const firstAuthor = (author: string): string => author.split(";")[0]!;

/** The day an article gives, or null: generated articles hold `published` as YYYY-MM-DD text. */
function publishedDay(value: unknown): string | null {
  return value === null || value === undefined || value === "" ? null : String(value);
}

/** How one labelled page fared; `title` and `author` are absent when the label has none. */
interface Outcome {
  rejected: boolean;
  dated: boolean;
  day: boolean;
  title?: boolean;
  author?: boolean;
}

const emptyFigures = (): Figures => ({ pages: 0, dated: 0, day: { right: 0, of: 0 }, title: { right: 0, of: 0 }, author: { right: 0, of: 0 }, rejected: 0 });

function tally(into: Tally, right: boolean | undefined): void {
  if (right === undefined) return;
  into.of += 1;
  if (right) into.right += 1;
}

function add(figures: Figures, outcome: Outcome): void {
  figures.pages += 1;
  if (outcome.dated) figures.dated += 1;
  if (outcome.rejected) figures.rejected += 1;
  tally(figures.day, outcome.day);
  tally(figures.title, outcome.title);
  tally(figures.author, outcome.author);
}

/** How `page` fares against `label`, and each wrong or missing field. */
function judge(label: Label, page: Page): { outcome: Outcome; misses: Miss[] } {
  const { id } = label;
  const misses: Miss[] = [];
  const got = publishedDay(page.fields.published);
  const outcome: Outcome = { rejected: page.status === "rejected", dated: got !== null, day: got === label.date };
  if (!outcome.day) misses.push({ id, field: "date", want: label.date, got, evidence: page.fields.date_evidence ?? null, status: page.status });
  if (label.title) {
    outcome.title = foldText(page.fields.title) === foldText(label.title);
    if (!outcome.title) misses.push({ id, field: "title", want: label.title, got: page.fields.title ?? null });
  }
  if (label.author) {
    const authors = Array.isArray(page.fields.authors) ? (page.fields.authors as unknown[]) : [];
    const want = firstAuthor(label.author);
    outcome.author = authors.length > 0 && foldText(authors[0]) === foldText(want);
    if (!outcome.author) misses.push({ id, field: "author", want, got: authors });
  }
  return { outcome, misses };
}

const MISSING: Page = { status: null, fields: {} };

/** Scores every label against the page of the same id; a page missing altogether counts as wrong everywhere. */
export function scorePages(labels: Label[], pages: ReadonlyMap<string, Page>): Score {
  const all = emptyFigures();
  const languages = new Map<string, Figures>();
  const misses: Miss[] = [];
  for (const label of labels) {
    const judged = judge(label, pages.get(label.id) ?? MISSING);
    const lang = label.lang || "?";
    if (!languages.has(lang)) languages.set(lang, emptyFigures());
    add(all, judged.outcome);
    add(languages.get(lang)!, judged.outcome);
    misses.push(...judged.misses);
  }
  // A stable sort: languages with as many pages keep the labels' order.
  const byLanguage = [...languages].sort(([, a], [, b]) => b.pages - a.pages);
  const unmatched = labels.filter((label) => !pages.has(label.id)).map((label) => label.id);
  return { all, byLanguage, misses, unmatched };
}
