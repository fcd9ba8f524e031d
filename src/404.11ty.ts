import type { Dossier } from "./_model/dossier.ts";
import { linkTo } from "./_model/site.ts";
import { html } from "./_views/html.ts";
import { layout } from "./_views/layout.ts";

export const data = { permalink: "404.html", eleventyExcludeFromCollections: true };

export function render({ dossier }: { dossier: Dossier }): string {
  const href = (to: string) => linkTo(dossier.site, to);
  return layout({
    dossier,
    title: "Page not found",
    path: "404.html",
    body: html`<h1>Page not found</h1>
<p>There is no page at this address. It may have moved when the dossier was rebuilt.</p>
<ul>
<li><a href="${href("")}">Home</a></li>
<li><a href="${href("topics/")}">Topics</a></li>
<li><a href="${href("timeline/")}">Timeline</a></li>
<li><a href="${href("search/")}">Search</a></li>
</ul>`,
  });
}
