/**
 * Month and weekday names of the supported languages, taken from Intl so
 * they are not retyped here, plus the spellings print also uses (no
 * accents, no abbreviation dot).
 */
import { withoutAccents } from "../text/accents.ts";
import { escapeRegex } from "../text/regex.ts";

const LANGUAGES = ["en", "fr", "de", "es", "pt", "it", "nl", "ru"];
// Only written out in these: their abbreviations ("set", "ago", "gen", "dic", "mag") are words of other languages,
// and every text holding one would be read for dates.
const FULL_NAMES_ONLY = new Set(["pt", "it", "nl", "ru"]);

/** Lower-case, without accents or a trailing dot: how names are compared. */
export function fold(word: string): string {
  return withoutAccents(word).replace(/\.$/, "").toLowerCase();
}

interface Name {
  /** 1-12 for months; 1 (Monday) to 7 for weekdays, as luxon numbers them. */
  value: number;
  /** Names a language capitalizes (English, German) are only read with a capital, so "may" stays a verb. */
  capitalized: boolean;
  /** Written out ("Thursday", not "Thu"). */
  full: boolean;
}

interface Table {
  byKey: Map<string, Name>;
  spellings: Set<string>;
  /** Spellings that are only ever abbreviations ("Dec", "janv"): the ones a dot may follow. */
  abbreviations: Set<string>;
}

function table(field: "month" | "weekday", count: number, at: (i: number) => number, extra: [string, number][]): Table {
  const byKey = new Map<string, Name>();
  const spellings = new Set<string>();
  const full = new Set<string>();
  const add = (printed: string, name: Name) => {
    const key = fold(printed);
    const known = byKey.get(key);
    // A full name beats an abbreviation (English "May" over Spanish "may"), then a lower-case
    // spelling beats a capitalized one (French "mai" over German "Mai").
    const rank = (n: Name) => (n.full ? 2 : 0) + (n.capitalized ? 0 : 1);
    if (!known || rank(name) > rank(known)) byKey.set(key, name);
    spellings.add(printed.replace(/\.$/, "")).add(key);
    if (name.full) full.add(key);
  };
  for (const language of LANGUAGES) {
    for (const style of FULL_NAMES_ONLY.has(language) ? (["long"] as const) : (["long", "short"] as const)) {
      // A month beside a day is the form dates print: Russian "5 января", not the standalone "январь".
      const formats = [{ [field]: style }, ...(field === "month" ? [{ day: "numeric", month: style }] : [])] as Intl.DateTimeFormatOptions[];
      for (const options of formats) {
        const formatter = new Intl.DateTimeFormat(language, { ...options, timeZone: "UTC" });
        for (let i = 0; i < count; i++) {
          const printed = formatter.formatToParts(at(i)).find((part) => part.type === field)!.value;
          add(printed, { value: i + 1, capitalized: printed[0] !== printed[0]!.toLowerCase(), full: style === "long" });
        }
      }
    }
  }
  for (const [spelling, value] of extra) add(spelling, { value, capitalized: false, full: false });
  const abbreviations = new Set([...spellings].filter((spelling) => !full.has(fold(spelling))));
  return { byKey, spellings, abbreviations };
}

const MONTHS = table("month", 12, (i) => Date.UTC(2023, i, 15), [["Sept", 9], ["Maerz", 3], ["setiembre", 9]]);
// 2 January 2023 was a Monday.
const WEEKDAYS = table("weekday", 7, (i) => Date.UTC(2023, 0, 2 + i), [["Tues", 2], ["Weds", 3], ["Thur", 4], ["Thurs", 4]]);

function lookup({ byKey }: Table, word: string, fullOnly = false): number | null {
  const name = byKey.get(fold(word));
  if (!name || (fullOnly && !name.full)) return null;
  if (name.capitalized && word[0] === word[0]!.toLowerCase()) return null;
  return name.value;
}

export const monthOf = (word: string): number | null => lookup(MONTHS, word);
export const weekdayOf = (word: string): number | null => lookup(WEEKDAYS, word);
/** Only a weekday written out stands alone in a sentence ("said Thursday"); "Do" or "Sa" do not. */
export const fullWeekdayOf = (word: string): number | null => lookup(WEEKDAYS, word, true);

const alternation = (spellings: Set<string>) =>
  [...spellings].sort((a, b) => b.length - a.length).map(escapeRegex).join("|");

/** Regex alternations of every spelling, longest first; use with the `iu` flags and check hits with monthOf/weekdayOf. */
export const MONTH_NAMES = alternation(MONTHS.spellings);
export const WEEKDAY_NAMES = alternation(WEEKDAYS.spellings);
/** An abbreviation's dot, which belongs to the date ("Dec. 7"); after a full name a dot ends the sentence ("in June."). */
export const MONTH_DOT = `(?:(?<=(?<![\\p{L}])(?:${alternation(MONTHS.abbreviations)}))\\.)?`;

/** Every month and weekday spelling in lower case, to tell quickly that a text names none. */
export const MONTH_WORDS: ReadonlySet<string> = new Set([...MONTHS.spellings].map((spelling) => spelling.toLowerCase()));
export const WEEKDAY_WORDS: ReadonlySet<string> = new Set([...WEEKDAYS.spellings].map((spelling) => spelling.toLowerCase()));
