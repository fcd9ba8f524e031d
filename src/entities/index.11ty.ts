import type { Dossier } from "../_config/dossier.ts";
import { entitiesByGroup } from "../_config/entities.ts";
import { linkTo } from "../_config/site.ts";
import { html } from "../_lib/html.ts";
import { layout } from "../_lib/layout.ts";
import { count } from "../_lib/parts.ts";

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
