import type { MergedDevelopment } from "../../pipeline/model/developments.ts";
import type { TopicSummary } from "../_model/collections.ts";
import { groupByPeriod } from "../_model/collections.ts";
import type { Dossier } from "../_model/dossier.ts";
import { topicFeed } from "../_exports/feeds.ts";
import { recurringNames } from "../_model/entities.ts";
import type { Page } from "../_model/pages.ts";
import { linkTo } from "../_model/site.ts";
import { html } from "../_views/html.ts";
import { layout } from "../_views/layout.ts";
import { articleList, count, developmentItem, pageCount, pager, pageTitle, subscribeLinks } from "../_views/parts.ts";

/** A page of a topic's digest: its newest developments first. */

/** Who recurs and every article, once, on the digest's first page. */
function overview(dossier: Dossier, topic: TopicSummary) {
  const names = recurringNames(dossier.developmentsIn(topic.id), dossier.entities);
  const articles = dossier.articlesIn(topic.id);
  const dated = articles.filter((a) => a.published);
  const undated = articles.filter((a) => !a.published);
  const overflows = articles.length > dossier.pageSize;
  return html`${names.length ? html`<section aria-labelledby="names">
<h2 id="names">Who and where recur</h2>
<div class="names">${names.map((group) => html`<div><h3>${group.label}</h3><ul>${group.names.map((n) => html`<li><a href="${linkTo(dossier.site, `entities/${n.id}/`)}">${n.name}</a> <span class="count">${count(n.count, "development")}</span></li>`)}</ul></div>`)}</div>
</section>` : ""}

<section aria-labelledby="articles">
<h2 id="articles">Articles</h2>
${overflows ? html`<p><a href="${linkTo(dossier.site, `topics/${topic.id}/articles/`)}">All ${count(articles.length, "article")} in this topic</a>, newest first, undated ones last. The latest:</p>
${articleList(dossier, dated.slice(0, 10))}` : html`${articleList(dossier, dated)}
${undated.length ? html`<h3>Undated articles</h3>
<p>These articles state no publication date; they are not placed on the timeline.</p>
${articleList(dossier, undated)}` : ""}`}
</section>`;
}

export function digestPage(dossier: Dossier, page: Page<MergedDevelopment> & { topic: TopicSummary }): string {
  const { topic } = page;
  const feed = topicFeed(dossier.site, topic);
  return layout({
    dossier,
    title: pageTitle(topic.title, page),
    path: page.path,
    description: topic.description,
    feeds: [feed],
    body: html`<h1>${topic.title}${pageCount(page)}</h1>
<p class="lede">${topic.description}</p>
${subscribeLinks(dossier, feed, "Subscribe to this topic")}

<section aria-labelledby="digest">
<h2 id="digest">Developments${page.paths.length > 1 ? html` <span class="count">${page.number === 0 ? "the latest" : "earlier"}, oldest first</span>` : ""}</h2>
${groupByPeriod(page.items).map(
      (period) => html`<h3>${period.label}</h3>
<ol class="developments">${period.developments.map((d) => developmentItem(dossier, d))}</ol>`,
    )}${page.items.length ? "" : html`<p>No dated developments in this topic yet.</p>`}
${pager(dossier, page, "Digest pages, newest first")}
</section>

${page.number === 0 ? overview(dossier, topic) : ""}`,
  });
}
