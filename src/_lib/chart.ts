/** A small bar chart of activity per year, as inline SVG with a text equivalent. */
import type { YearCount } from "../_config/collections.ts";
import { html, type SafeHtml } from "./html.ts";

const BAR = 36;
const GAP = 12;
const HEIGHT = 80;

export function activityChart(counts: YearCount[], what: string): SafeHtml {
  if (counts.length === 0) return html``;
  const max = Math.max(...counts.map((c) => c.count), 1);
  const width = counts.length * (BAR + GAP);
  // The spoken summary says "before 2012"; the bar's label has room for "<2012".
  const summary = `${what} per year: ${counts.map((c) => `${c.year}: ${c.count}`).join(", ")}.`;
  return html`<figure class="chart">
<svg viewBox="0 0 ${width} ${HEIGHT + 34}" width="${width}" height="${HEIGHT + 34}" role="img" aria-label="${summary}">
${counts.map((c, i) => {
  const h = Math.round((c.count / max) * HEIGHT);
  const x = i * (BAR + GAP);
  return html`<rect class="bar" x="${x}" y="${HEIGHT + 14 - h}" width="${BAR}" height="${h}"></rect><text class="value" x="${x + BAR / 2}" y="${HEIGHT + 10 - h}" text-anchor="middle">${c.count}</text><text class="label" x="${x + BAR / 2}" y="${HEIGHT + 30}" text-anchor="middle">${c.year.replace("before ", "<")}</text>`;
})}
</svg>
<figcaption>${what} per year</figcaption>
</figure>`;
}
