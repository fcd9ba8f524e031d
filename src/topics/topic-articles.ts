import type { Article } from "../_model/articles.ts";
import type { TopicSummary } from "../_model/collections.ts";
import type { Dossier } from "../_model/dossier.ts";
import type { Page } from "../_model/pages.ts";
import { linkTo } from "../_model/site.ts";
import { html } from "../_views/html.ts";
import { layout } from "../_views/layout.ts";
import { articleList, count, pageCount, pager, pageTitle } from "../_views/parts.ts";

/** A page of the articles of a topic with more than fit on its digest. */
export function topicArticlesPage(dossier: Dossier, page: Page<Article> & { topic: TopicSummary }): string {
  const { topic } = page;
  const dated = page.items.filter((a) => a.published);
  const undated = page.items.filter((a) => !a.published);
  return layout({
    dossier,
    title: pageTitle(`Articles on ${topic.title}`, page),
    path: page.path,
    body: html`<h1>Articles on ${topic.title}${pageCount(page)}</h1>
<p>${count(topic.articleCount, "article")}, newest first; undated ones come last. <a href="${linkTo(dossier.site, `topics/${topic.id}/`)}">Back to the digest</a>.</p>
${dated.length ? articleList(dossier, dated) : ""}
${undated.length ? html`<h2>Undated articles</h2>
<p>These articles state no publication date; they are not placed on the timeline.</p>
${articleList(dossier, undated)}` : ""}
${pager(dossier, page, "Article pages, newest first")}`,
  });
}
