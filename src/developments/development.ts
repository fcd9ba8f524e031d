/**
 * A development's own page, `developments/<id>/`: the address feeds point to.
 * Written by `writePages` (`_config/many-pages.ts`) rather than paginated by Eleventy, which
 * costs far more per page than these small pages take to render, and a large
 * corpus has tens of thousands of them.
 */
import type { MergedDevelopment } from "../../pipeline/model/developments.ts";
import { readableRange } from "../_model/dates.ts";
import type { Dossier } from "../_model/dossier.ts";
import { linkTo } from "../_model/site.ts";
import { html, type SafeHtml } from "../_views/html.ts";
import { directionOf, languageName } from "../_views/language.ts";
import { layout } from "../_views/layout.ts";
import { dateTag, entityTags, topicTags } from "../_views/parts.ts";

const PRECISION = { day: "to the day", month: "to the month", year: "to the year" } as const;

function neighbour(dossier: Dossier, rel: "prev" | "next", label: string, development: MergedDevelopment | undefined): SafeHtml {
  if (!development) return html``;
  return html`<li class="${rel}"><span class="meta">${label}</span> <a rel="${rel}" href="${linkTo(dossier.site, dossier.developmentPath(development.id))}">${dateTag(development.date, development.end)}: <span dir="auto">${development.text}</span></a></li>`;
}

export function developmentPage(dossier: Dossier, development: MergedDevelopment): string {
  const href = (to: string) => linkTo(dossier.site, to);
  const { before, after } = dossier.neighbours(development);
  return layout({
    dossier,
    title: `${readableRange(development.date, development.end)}: ${development.text}`,
    path: dossier.developmentPath(development.id),
    description: development.text,
    body: html`<article class="development-page">
<p class="when">${dateTag(development.date, development.end)}${development.background ? html` <span class="badge">context</span>` : ""}</p>
<h1 dir="auto">${development.text}</h1>
<dl class="facts">
<dt>Date</dt><dd>${dateTag(development.date, development.end)}, ${PRECISION[development.precision]}${development.background ? ", mentioned in passing" : ""}</dd>
${development.entities.some((id) => dossier.entity(id)) ? html`<dt>Names</dt><dd>${entityTags(dossier, development.entities)}</dd>` : ""}
${development.topics.length ? html`<dt>Topics</dt><dd>${topicTags(dossier, development.topics)}</dd>` : ""}
<dt>On the timeline</dt><dd><a href="${href(dossier.timelinePath(development.id))}">See it among the others</a></dd>
</dl>
<section aria-labelledby="sources">
<h2 id="sources">Sources <span class="count">${String(development.sources.length)}</span></h2>
<ul class="source-quotes">${development.sources.map((source) => {
      const article = dossier.article(source.article);
      const language = article?.language;
      return html`<li>
<p><a dir="auto" href="${href(`articles/${source.article}/`)}">${source.title}</a>${source.source ? html` <span class="outlet">${source.source}</span>` : ""}${language ? html` <span class="meta">· ${languageName(language)}</span>` : ""}${source.date_from ? html` <span class="meta">· dated by another source</span>` : ""}</p>
<blockquote${language ? html` lang="${language}"${directionOf(language) === "rtl" ? html` dir="rtl"` : ""}` : ""}><p>${source.text}</p></blockquote>
</li>`;
    })}</ul>
</section>
${before || after ? html`<nav aria-label="Neighbouring developments"><ul class="neighbours">${neighbour(dossier, "prev", "Before", before)}${neighbour(dossier, "next", "After", after)}</ul></nav>` : ""}
</article>`,
  });
}
