import type { TopicSummary } from "../_config/collections.ts";
import { groupByPeriod } from "../_config/collections.ts";
import type { Dossier } from "../_config/dossier.ts";
import { recurringNames } from "../_config/entities.ts";
import { linkTo } from "../_config/site.ts";
import { html } from "../_lib/html.ts";
import { layout } from "../_lib/layout.ts";
import { articleList, count, developmentItem } from "../_lib/parts.ts";

interface Data {
  dossier: Dossier;
  topic: TopicSummary;
}

export const data = {
  pagination: { data: "dossier.topics", size: 1, alias: "topic", addAllPagesToCollections: false },
  permalink: ({ topic }: Data) => `topics/${topic.id}/index.html`,
};

export function render({ dossier, topic }: Data): string {
  const feed = { title: `${topic.title} developments`, path: `topics/${topic.id}/feed.xml` };
  const articles = dossier.articlesIn(topic.id);
  const dated = articles.filter((a) => a.published);
  const undated = articles.filter((a) => !a.published);
  const names = recurringNames(dossier.developmentsIn(topic.id), dossier.entities);
  return layout({
    dossier,
    title: topic.title,
    path: `topics/${topic.id}/`,
    description: topic.description,
    feeds: [feed],
    body: html`<h1>${topic.title}</h1>
<p class="lede">${topic.description}</p>
<p class="subscribe"><a href="${linkTo(dossier.site, feed.path)}">Subscribe to this topic (RSS)</a></p>

<section aria-labelledby="digest">
<h2 id="digest">Developments</h2>
${groupByPeriod(dossier.developmentsIn(topic.id)).map(
      (period) => html`<h3>${period.label}</h3>
<ol class="developments">${period.developments.map((d) => developmentItem(dossier, d))}</ol>`,
    )}${dossier.developmentsIn(topic.id).length ? "" : html`<p>No dated developments in this topic yet.</p>`}
</section>

${names.length ? html`<section aria-labelledby="names">
<h2 id="names">Who and where recur</h2>
<div class="names">${names.map((group) => html`<div><h3>${group.label}</h3><ul>${group.names.map((n) => html`<li>${n.name} <span class="count">${count(n.count, "development")}</span></li>`)}</ul></div>`)}</div>
</section>` : ""}

<section aria-labelledby="articles">
<h2 id="articles">Articles</h2>
${articleList(dossier, dated)}
${undated.length ? html`<h3>Undated articles</h3>
<p>These articles state no publication date; they are not placed on the timeline.</p>
${articleList(dossier, undated)}` : ""}
</section>`,
  });
}
