import type { MergedDevelopment } from "../pipeline/core/developments.ts";
import { paged, type Page } from "./_config/pages.ts";
import { groupByPeriod } from "./_config/collections.ts";
import type { Dossier } from "./_config/dossier.ts";
import { html } from "./_lib/html.ts";
import { layout } from "./_lib/layout.ts";
import { developmentItem, pageCount, pager, pageTitle } from "./_lib/parts.ts";

interface Data {
  dossier: Dossier;
  current: Page<MergedDevelopment>;
}

export const data = paged("timelinePages");

export function render({ dossier, current: page }: Data): string {
  const periods = groupByPeriod(page.items, "newest");
  return layout({
    dossier,
    title: pageTitle("Timeline", page),
    path: page.path,
    body: html`<h1>Timeline${pageCount(page)}</h1>
<p>Every dated development across topics, newest first. Events mentioned only as background are marked “context”.</p>
${periods.length ? "" : html`<p>No dated developments yet.</p>`}
${periods.map(
      (period) => html`<h2>${period.label}</h2>
<ol class="developments">${period.developments.map((d) => developmentItem(dossier, d, { withTopics: true, anchor: true }))}</ol>`,
    )}
${pager(dossier, page, "Timeline pages")}`,
  });
}
