/** The benchmark's results as one text table and as JSON; no measuring here. */
import type { Figures } from "./measure.ts";

/** Everything measured for one corpus size; a step that could not run is absent. */
export interface SizeResult {
  n: number;
  cold?: Figures;
  warm?: Figures;
  addOne?: Figures;
  build?: Figures;
  baseline: Figures;
}

export interface SizeJson {
  n: number;
  normalize: { cold_s: number; warm_s: number; add_one_s: number; peak_mb: number } | null;
  build: { s: number; peak_mb: number } | null;
  baseline: { s: number; peak_mb: number };
  /** Build time (`npm run build`: normalize, site, search index) over bare Eleventy time. */
  ratio: number | null;
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

export function toJson(result: SizeResult): SizeJson {
  const { n, cold, warm, addOne, build, baseline } = result;
  return {
    n,
    normalize:
      cold && warm && addOne
        ? {
            cold_s: round(cold.seconds, 3),
            warm_s: round(warm.seconds, 3),
            add_one_s: round(addOne.seconds, 3),
            peak_mb: round(Math.max(cold.peakMb, warm.peakMb, addOne.peakMb), 1),
          }
        : null,
    build: build ? { s: round(build.seconds, 3), peak_mb: round(build.peakMb, 1) } : null,
    baseline: { s: round(baseline.seconds, 3), peak_mb: round(baseline.peakMb, 1) },
    ratio: build ? round(build.seconds / baseline.seconds, 2) : null,
  };
}

/** One object for one size, an array for several. */
export function toJsonText(results: SizeResult[]): string {
  const json = results.map(toJson);
  return `${JSON.stringify(json.length === 1 ? json[0] : json, null, 2)}\n`;
}

type Row = [string, string, string, string, string];

function row(n: number, step: string, figures: Figures | undefined, articles: number): Row {
  if (!figures) return [String(n), step, "n/a", "n/a", "n/a"];
  return [String(n), step, figures.seconds.toFixed(2), (articles / figures.seconds).toFixed(0), figures.peakMb.toFixed(0)];
}

export function formatTable(results: SizeResult[]): string {
  const rows: Row[] = [["N", "step", "wall s", "articles/s", "peak MB"]];
  for (const r of results) {
    rows.push(
      row(r.n, "normalize cold", r.cold, r.n),
      row(r.n, "normalize warm", r.warm, r.n),
      row(r.n, "normalize add one", r.addOne, r.n + 1),
      row(r.n, "build", r.build, r.n),
      row(r.n, "bare Eleventy", r.baseline, r.n),
    );
    const ratio = toJson(r).ratio;
    rows.push([String(r.n), "build / bare", ratio === null ? "n/a" : `${ratio.toFixed(2)}x`, "", ""]);
  }
  return `${alignColumns(rows, 1).join("\n")}\n`;
}

/** Rows of cells as lines of aligned columns: figures to the right, the `textColumn` to the left. */
export function alignColumns(rows: string[][], textColumn: number): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((cells) => cells[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === textColumn ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("  ").trimEnd();
  return rows.map(line);
}
