import type { Dossier } from "../_model/dossier.ts";
import { entitiesByGroup } from "../_model/entities.ts";
import { linkTo } from "../_model/site.ts";
import { html } from "../_views/html.ts";
import { layout } from "../_views/layout.ts";
import { count } from "../_views/parts.ts";

export const data = { permalink: "entities/index.html" };

export function render({ dossier }: { dossier: Dossier }): string {
  const groups = entitiesByGroup(dossier.namedEntities);
  return layout({
    dossier,
    title: "People, places and organisations",
    path: "entities/",
    body: html`<h1>People, places and organisations</h1>
<p>Everyone and everywhere the developments name, most named first.</p>
${groups.length ? "" : html`<p>No development names anyone yet.</p>`}
<div class="names">${groups.map(
      (group) => html`<section aria-labelledby="${group.label.toLowerCase()}">
<h2 id="${group.label.toLowerCase()}">${group.label}</h2>
<ul>${group.entities.map((e) => html`<li><a href="${linkTo(dossier.site, `entities/${e.id}/`)}">${e.name}</a> <span class="count">${count(e.count, "development")}</span></li>`)}</ul>
</section>`,
    )}</div>`,
  });
}
