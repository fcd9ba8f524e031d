import type { Dossier } from "./_model/dossier.ts";
import { linkTo } from "./_model/site.ts";
import { html } from "./_views/html.ts";
import { layout } from "./_views/layout.ts";
import { searchBundles } from "./_config/shard.ts";

export const data = { permalink: "search/index.html" };

export function render({ dossier }: { dossier: Dossier }): string {
  const href = (to: string) => linkTo(dossier.site, to);
  const [first, ...more] = searchBundles(dossier.shards);
  return layout({
    dossier,
    title: "Search",
    path: "search/",
    body: html`<h1>Search</h1>
<div id="search" data-pagefind="${href(`${first}pagefind.js`)}"${more.length ? html` data-merge="${more.map(href).join(" ")}"` : ""} data-base="${dossier.site.pathPrefix}">
<p id="search-status" role="status">Type words from an article in the search box above.</p>
<ol id="search-results" class="search-results"></ol>
</div>
<noscript><p>Search needs JavaScript. Without it, browse the <a href="${href("topics/")}">topics</a> or the <a href="${href("sources/")}">sources</a>.</p></noscript>
<script type="module" src="${href("js/search.js")}"></script>`,
  });
}
