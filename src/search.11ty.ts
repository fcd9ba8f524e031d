import type { Dossier } from "./_config/dossier.ts";
import { linkTo } from "./_config/site.ts";
import { html } from "./_lib/html.ts";
import { layout } from "./_lib/layout.ts";
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
