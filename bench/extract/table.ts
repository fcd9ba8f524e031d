/** The extraction scores as one text table and as JSON; no scoring here. */
import type { Figures as Timing } from "../measure.ts";
import { alignColumns } from "../table.ts";
import type { Figures, Score, Tally } from "./score.ts";

/** The normalize run that made the pages: how many raw files, in how long. */
export interface Run extends Timing {
  files: number;
}

/**
 * `right / of` in per cent with one decimal, as the reference scorer prints
 * it. Python rounds a tie to even where toFixed rounds it up; a double can
 * only tie at x.25 or x.75, and only x.25 comes out differently.
 */
export function percent(right: number, of: number): string {
  const value = (right / Math.max(of, 1)) * 100;
  const lowTie = Number.isInteger(value * 4) && (value * 4) % 4 === 1;
  return `${(lowTie ? value - 0.05 : value).toFixed(1)}%`;
}

const ratio = (right: number, of: number) => (of === 0 ? null : Number((right / of).toFixed(4)));
const share = ({ right, of }: Tally) => (of === 0 ? "–" : `${right}/${of} ${percent(right, of)}`);

function figuresJson(figures: Figures) {
  const { pages, dated, day, title, author, rejected } = figures;
  return {
    pages,
    dated,
    day_right: day.right,
    day_accuracy: ratio(day.right, pages),
    precision: ratio(day.right, dated),
    title: { right: title.right, of: title.of, share: ratio(title.right, title.of) },
    first_author: { right: author.right, of: author.of, share: ratio(author.right, author.of) },
    rejected,
  };
}

export function toJsonText(score: Score, run: Run): string {
  const json = {
    ...figuresJson(score.all),
    by_language: Object.fromEntries(score.byLanguage.map(([lang, figures]) => [lang, figuresJson(figures)])),
    unmatched: score.unmatched,
    normalize: { files: run.files, seconds: Number(run.seconds.toFixed(3)), pages_per_s: Number((run.files / run.seconds).toFixed(1)), peak_mb: Number(run.peakMb.toFixed(1)) },
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

type Row = [string, string, string, string, string, string, string, string];

function row(name: string, figures: Figures): Row {
  const { pages, dated, day, title, author, rejected } = figures;
  return [name, String(pages), String(dated), share(day), dated === 0 ? "–" : percent(day.right, dated), share(title), share(author), String(rejected)];
}

/** All pages, then each language, most pages first; below, the normalize run. */
export function formatTable(score: Score, run: Run): string {
  const rows: Row[] = [
    ["lang", "pages", "dated", "day right", "precision", "title right", "first author right", "rejected"],
    row("all", score.all),
    ...score.byLanguage.map(([lang, figures]) => row(lang, figures)),
  ];
  const timing = `normalize: ${run.files} raw files in ${run.seconds.toFixed(2)} s, ${(run.files / run.seconds).toFixed(1)} pages/s, peak ${run.peakMb.toFixed(0)} MB`;
  const unmatched = score.unmatched.length > 0 ? [`${score.unmatched.length} labelled pages have no raw file (counted as wrong): ${score.unmatched.slice(0, 5).join(", ")}${score.unmatched.length > 5 ? ", …" : ""}`] : [];
  return `${[...alignColumns(rows, 0), timing, ...unmatched].join("\n")}\n`;
}
