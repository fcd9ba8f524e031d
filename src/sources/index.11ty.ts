import type { Dossier } from "../_model/dossier.ts";
import { linkTo } from "../_model/site.ts";
import { html } from "../_views/html.ts";
import { layout } from "../_views/layout.ts";
import { count } from "../_views/parts.ts";

export const data = { permalink: "sources/index.html" };

export function render({ dossier }: { dossier: Dossier }): string {
  return layout({
    dossier,
    title: "Sources",
    path: "sources/",
    body: html`<h1>Sources</h1>
<p>${count(dossier.outlets.length, "outlet")}, ${count(dossier.articles.length, "article")}.</p>
<ul class="outlets">${dossier.outlets.map(
      (outlet) => html`<li><a href="${linkTo(dossier.site, `sources/${outlet.slug}/`)}">${outlet.name}</a> <span class="count">${count(outlet.articles.length, "article")}</span></li>`,
    )}</ul>`,
  });
}
