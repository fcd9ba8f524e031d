import type { MergedDevelopment } from "../../pipeline/model/developments.ts";
import type { Dossier } from "../_model/dossier.ts";
import { companions, type NamedEntity } from "../_model/entities.ts";
import type { Page } from "../_model/pages.ts";
import { linkTo } from "../_model/site.ts";
import { html } from "../_views/html.ts";
import { layout } from "../_views/layout.ts";
import { articleList, count, developmentItem, pageCount, pager, pageTitle } from "../_views/parts.ts";

/** A page of a named entity's developments, written with the development pages (see `writePages`). */

const KIND = { person: "Person", city: "City", country: "Country", region: "Region", organisation: "Organisation", agreement: "Agreement" } as const;

/** The topics, the names beside it and the articles, once, on the first page. */
function overview(dossier: Dossier, entity: NamedEntity) {
  const href = (to: string) => linkTo(dossier.site, to);
  const developments = dossier.developmentsNaming(entity.id);
  const topics = dossier.topics
    .map((topic) => ({ topic, n: developments.filter((d) => d.topics.includes(topic.id)).length }))
    .filter(({ n }) => n > 0)
    .sort((a, b) => b.n - a.n);
  const beside = companions(entity.id, developments).filter((c) => dossier.entity(c.id));
  const articles = dossier.articlesNaming(entity.id);
  return html`${topics.length ? html`<section aria-labelledby="topics">
<h2 id="topics">Topics</h2>
<ul class="topic-list">${topics.map(({ topic, n }) => html`<li><a href="${href(`topics/${topic.id}/`)}">${topic.title}</a> <span class="count">${count(n, "development")}</span></li>`)}</ul>
</section>` : ""}
${beside.length ? html`<section aria-labelledby="beside">
<h2 id="beside">Named with</h2>
<ul class="topic-list">${beside.map((c) => html`<li><a href="${href(`entities/${c.id}/`)}">${dossier.entity(c.id)!.name}</a> <span class="count">${count(c.count, "development")}</span></li>`)}</ul>
</section>` : ""}
<section aria-labelledby="articles">
<h2 id="articles">Articles</h2>
<p>${count(articles.length, "article")} report these developments${articles.length > dossier.pageSize ? html`; the latest ${String(dossier.pageSize)}` : ""}.</p>
${articleList(dossier, articles.slice(0, dossier.pageSize))}
</section>`;
}

export function entityPage(dossier: Dossier, page: Page<MergedDevelopment> & { entity: NamedEntity }): string {
  const { entity } = page;
  return layout({
    dossier,
    title: pageTitle(entity.name, page),
    path: page.path,
    description: `${KIND[entity.kind]} named in ${count(entity.count, "development")} of the dossier.`,
    body: html`<h1>${entity.name}${pageCount(page)}</h1>
<p class="lede">${KIND[entity.kind]} · named in ${count(entity.count, "development")}. <a href="${linkTo(dossier.site, "entities/")}">All people, places and organisations</a>.</p>

<section aria-labelledby="developments">
<h2 id="developments">Developments <span class="count">newest first</span></h2>
<ol class="developments">${page.items.map((d) => developmentItem(dossier, d, { withTopics: true, withNames: true }))}</ol>
${pager(dossier, page, "Development pages, newest first")}
</section>

${page.number === 0 ? overview(dossier, entity) : ""}`,
  });
}
