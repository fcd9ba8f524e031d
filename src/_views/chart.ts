/** Small bar charts of activity, as inline SVG drawn at build time, with text equivalents. */
import type { MonthCount, YearCount } from "../_model/collections.ts";
import { readableDate } from "../_model/dates.ts";
import { html, type SafeHtml } from "./html.ts";
import { count } from "./parts.ts";

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

const MONTH_HEIGHT = 60;
// Wide enough for the whole span in the page's measure; never thinner than a pointer can hit.
const CHART_WIDTH = 704;

/**
 * Developments per month across the whole span, one bar per month, each
 * month that has any linking to where it starts in the list (`linkOf`).
 */
export function monthChart(counts: MonthCount[], linkOf: (month: string) => string | undefined): SafeHtml {
  if (counts.length === 0) return html``;
  const max = Math.max(...counts.map((c) => c.count), 1);
  const step = Math.max(4, Math.min(24, Math.floor(CHART_WIDTH / counts.length)));
  const bar = Math.max(3, step - 1);
  // Room after the last month for a year's label that starts there.
  const width = counts.length * step + 28;
  const years = counts.filter((c, i) => i === 0 || c.month.endsWith("-01"));
  // Room for a year's label: every year when a year is wide enough, else every few.
  const every = Math.ceil(36 / (step * 12));
  return html`<figure class="chart months">
<svg viewBox="0 0 ${width} ${MONTH_HEIGHT + 20}" width="${width}" height="${MONTH_HEIGHT + 20}" aria-labelledby="months-caption">
<line class="axis" x1="0" y1="${MONTH_HEIGHT + 0.5}" x2="${counts.length * step}" y2="${MONTH_HEIGHT + 0.5}"></line>
${counts.map((c, i) => {
  const href = c.count ? linkOf(c.month) : undefined;
  if (!href) return "";
  const h = Math.max(2, Math.round((c.count / max) * (MONTH_HEIGHT - 4)));
  const label = `${readableDate(c.month)}: ${count(c.count, "development")}`;
  // The whole column is the link, so a month with one development is as easy to hit as the busiest.
  return html`<a href="${href}" aria-label="${label}"><title>${label}</title><rect class="hit" x="${i * step}" y="0" width="${step}" height="${MONTH_HEIGHT}"></rect><rect class="bar" x="${i * step}" y="${MONTH_HEIGHT - h}" width="${bar}" height="${h}"></rect></a>`;
})}
${years
  .filter((_, i) => i % every === 0)
  .map((c) => html`<text class="label" x="${counts.indexOf(c) * step}" y="${MONTH_HEIGHT + 15}" aria-hidden="true">${c.month.slice(0, 4)}</text>`)}
</svg>
<figcaption id="months-caption">Developments per month, ${readableDate(counts[0]!.month)} to ${readableDate(counts.at(-1)!.month)}; select a month to go to it in the list.</figcaption>
</figure>`;
}
