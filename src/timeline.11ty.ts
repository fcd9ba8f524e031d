import type { MergedDevelopment } from "../pipeline/developments/types.ts";
import { groupByPeriod } from "./_config/collections.ts";
import type { Dossier } from "./_config/dossier.ts";
import { linkTo } from "./_config/site.ts";
import { html } from "./_lib/html.ts";
import { layout } from "./_lib/layout.ts";
import { developmentItem } from "./_lib/parts.ts";

interface Data {
  dossier: Dossier;
  developments: MergedDevelopment[];
  pagination: { pageNumber: number };
}

export const data = {
  pagination: { data: "dossier.timelinePages", size: 1, alias: "developments" },
  permalink: ({ dossier, pagination }: Data) => `${dossier.timelinePagePath(pagination.pageNumber)}index.html`,
};

function pager(dossier: Dossier, n: number) {
  const count = dossier.timelinePages.length;
  if (count === 1) return html``;
  const href = (page: number) => linkTo(dossier.site, dossier.timelinePagePath(page));
  return html`<nav class="pager" aria-label="Timeline pages"><ul>${dossier.timelinePages.map(
    (_, page) => html`<li><a href="${href(page)}"${page === n ? html` aria-current="page"` : ""}>${page === 0 ? "Newest" : String(page + 1)}</a></li>`,
  )}</ul></nav>`;
}

export function render({ dossier, developments, pagination }: Data): string {
  const n = pagination.pageNumber;
  const periods = groupByPeriod(developments, "newest");
  return layout({
    dossier,
    title: n === 0 ? "Timeline" : `Timeline, page ${n + 1}`,
    path: dossier.timelinePagePath(n),
    body: html`<h1>Timeline${n === 0 ? "" : html` <span class="count">page ${n + 1} of ${dossier.timelinePages.length}</span>`}</h1>
<p>Every dated development across topics, newest first. Events mentioned only as background are marked “context”.</p>
${periods.length ? "" : html`<p>No dated developments yet.</p>`}
${periods.map(
      (period) => html`<h2>${period.label}</h2>
<ol class="developments">${period.developments.map((d) => developmentItem(dossier, d, { withTopics: true, anchor: true }))}</ol>`,
    )}
${pager(dossier, n)}`,
  });
}
