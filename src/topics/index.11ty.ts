import type { Dossier } from "../_model/dossier.ts";
import { linkTo } from "../_model/site.ts";
import { html } from "../_views/html.ts";
import { layout } from "../_views/layout.ts";
import { count } from "../_views/parts.ts";

export const data = { permalink: "topics/index.html" };

export function render({ dossier }: { dossier: Dossier }): string {
  const href = (to: string) => linkTo(dossier.site, to);
  return layout({
    dossier,
    title: "Topics",
    path: "topics/",
    body: html`<h1>Topics</h1>
<ul class="topic-cards">${dossier.topics.map(
      (t) => html`<li>
<h2><a href="${href(`topics/${t.id}/`)}">${t.title}</a></h2>
<p>${t.description}</p>
<p class="meta">${count(t.articleCount, "article")}, ${count(t.developmentCount, "development")} · <a href="${href(`topics/${t.id}/feed.xml`)}">RSS feed<span class="visually-hidden"> for ${t.title}</span></a></p>
</li>`,
    )}</ul>`,
  });
}
