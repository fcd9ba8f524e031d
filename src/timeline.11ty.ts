import { groupByPeriod } from "./_config/collections.ts";
import type { Dossier } from "./_config/dossier.ts";
import { html } from "./_lib/html.ts";
import { layout } from "./_lib/layout.ts";
import { developmentItem } from "./_lib/parts.ts";

export const data = { permalink: "timeline/index.html" };

export function render({ dossier }: { dossier: Dossier }): string {
  const periods = groupByPeriod(dossier.developments);
  return layout({
    dossier,
    title: "Timeline",
    path: "timeline/",
    body: html`<h1>Timeline</h1>
<p>Every dated development across topics, oldest first. Events mentioned only as background are marked “context”.</p>
${periods.length ? "" : html`<p>No dated developments yet.</p>`}
${periods.map(
      (period) => html`<h2>${period.label}</h2>
<ol class="developments">${period.developments.map((d) => developmentItem(dossier, d, { withTopics: true, anchor: true }))}</ol>`,
    )}`,
  });
}
