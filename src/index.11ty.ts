import { activityByYear } from "./_model/collections.ts";
import type { Dossier } from "./_model/dossier.ts";
import { linkTo } from "./_model/site.ts";
import { activityChart } from "./_views/chart.ts";
import { html } from "./_views/html.ts";
import { layout } from "./_views/layout.ts";
import { articleList, count, developmentItem } from "./_views/parts.ts";

const LATEST = 8;
const CHART_YEARS = 12;

export const data = { permalink: "index.html" };

export function render({ dossier }: { dossier: Dossier }): string {
  const href = (to: string) => linkTo(dossier.site, to);
  const news = dossier.developments.filter((d) => !d.background);
  const topics = dossier.topics.filter((t) => t.articleCount > 0);
  const dated = dossier.articles.filter((a) => a.published);
  const span = dated.length ? `${dated.at(-1)!.published!.slice(0, 4)}–${dated[0]!.published!.slice(0, 4)}` : "";
  return layout({
    dossier,
    title: "Home",
    path: "",
    body: html`<h1>${dossier.site.title}</h1>
<p class="lede">${dossier.site.description}</p>
<p>${count(dossier.articles.length, "article")} from ${count(dossier.outlets.length, "source")}${span ? ` (${span})` : ""}, ${count(news.length, "dated development")} in ${count(topics.length, "topic")}.</p>

<section aria-labelledby="latest-developments">
<h2 id="latest-developments">Latest developments</h2>
${news.length ? html`<ol class="developments latest">${news.slice(0, LATEST).map((d) => developmentItem(dossier, d))}</ol>` : html`<p>No dated developments yet.</p>`}
<p><a href="${href("timeline/")}">The whole timeline</a></p>
</section>

<section aria-labelledby="topics">
<h2 id="topics">Topics</h2>
<ul class="topic-list">${topics.map(
      (t) => html`<li><a href="${href(`topics/${t.id}/`)}">${t.title}</a> <span class="count">${count(t.articleCount, "article")}, ${count(t.developmentCount, "development")}</span></li>`,
    )}</ul>
${activityChart(activityByYear(news, CHART_YEARS), "Dated developments")}
</section>

<section aria-labelledby="latest-articles">
<h2 id="latest-articles">Latest articles</h2>
${articleList(dossier, dossier.articles.slice(0, LATEST))}
<p><a href="${href("sources/")}">All articles by source</a></p>
</section>

<section aria-labelledby="subscribe">
<h2 id="subscribe">Subscribe</h2>
<p>Follow every development with <a href="${href("feed.xml")}">the developments feed</a>, new articles with <a href="${href("articles.xml")}">the articles feed</a>, or only the topics and sources you care about: each <a href="${href("topics/")}">topic</a> and each <a href="${href("sources/")}">source</a> has its own feed. <a href="${href("feeds/")}">All feeds</a> come in RSS, Atom and JSON Feed, with one OPML file to import them all, and the developments as calendars and a spreadsheet.</p>
</section>`,
  });
}
