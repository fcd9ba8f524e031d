import type { Article } from "../_model/articles.ts";
import type { Outlet } from "../_model/collections.ts";
import type { Dossier } from "../_model/dossier.ts";
import { sourceFeed } from "../_exports/feeds.ts";
import { paged, type Page } from "../_model/pages.ts";
import { linkTo } from "../_model/site.ts";
import { html } from "../_views/html.ts";
import { layout } from "../_views/layout.ts";
import { articleList, count, pageCount, pager, pageTitle, subscribeLinks } from "../_views/parts.ts";

interface Data {
  dossier: Dossier;
  current: Page<Article> & { outlet: Outlet };
}

// Every page of a source in the same shard.
export const data = paged("sourcePages", (page: Data["current"]) => page.outlet.slug);

export function render({ dossier, current: page }: Data): string {
  const { outlet } = page;
  const feed = sourceFeed(dossier.site, outlet);
  return layout({
    dossier,
    title: pageTitle(outlet.name, page),
    path: page.path,
    feeds: [feed],
    body: html`<h1>${outlet.name}${pageCount(page)}</h1>
<p>${count(outlet.articles.length, "article")} in this dossier, newest first. <a href="${linkTo(dossier.site, "sources/")}">All sources</a>.</p>
${subscribeLinks(dossier, feed, "Subscribe to this source")}
${articleList(dossier, page.items)}
${pager(dossier, page, "Article pages, newest first")}`,
  });
}
