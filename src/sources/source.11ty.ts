import type { Article } from "../_config/articles.ts";
import type { Outlet } from "../_config/collections.ts";
import type { Dossier } from "../_config/dossier.ts";
import { paged, type Page } from "../_config/pages.ts";
import { linkTo } from "../_config/site.ts";
import { html } from "../_lib/html.ts";
import { layout } from "../_lib/layout.ts";
import { articleList, count, pageCount, pager, pageTitle } from "../_lib/parts.ts";

interface Data {
  dossier: Dossier;
  current: Page<Article> & { outlet: Outlet };
}

export const data = paged("sourcePages");

export function render({ dossier, current: page }: Data): string {
  const { outlet } = page;
  return layout({
    dossier,
    title: pageTitle(outlet.name, page),
    path: page.path,
    body: html`<h1>${outlet.name}${pageCount(page)}</h1>
<p>${count(outlet.articles.length, "article")} in this dossier, newest first. <a href="${linkTo(dossier.site, "sources/")}">All sources</a>.</p>
${articleList(dossier, page.items)}
${pager(dossier, page, "Article pages, newest first")}`,
  });
}
