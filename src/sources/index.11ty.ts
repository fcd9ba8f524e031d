import type { Dossier } from "./_config/dossier.ts";
import { html } from "./_lib/html.ts";
import { layout } from "./_lib/layout.ts";
import { articleList, count } from "./_lib/parts.ts";

export const data = { permalink: "sources/index.html" };

export function render({ dossier }: { dossier: Dossier }): string {
  return layout({
    dossier,
    title: "Sources",
    path: "sources/",
    body: html`<h1>Sources</h1>
<p>${count(dossier.outlets.length, "outlet")}, ${count(dossier.articles.length, "article")}.</p>
${dossier.outlets.map(
      (outlet) => html`<section aria-labelledby="${outlet.slug}">
<h2 id="${outlet.slug}">${outlet.name}</h2>
${articleList(dossier, outlet.articles)}
</section>`,
    )}`,
  });
}
