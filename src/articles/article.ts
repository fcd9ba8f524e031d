/**
 * An article's page, `articles/<id>/`, the page the search index is read from.
 * Written by `writePages` (`_config/many-pages.ts`) rather than paginated by
 * Eleventy, which costs far more per page than it takes to render, and holds
 * every page it wrote until the build ends: a corpus has them by the ten thousand.
 */
import { renderArticleBody, type Article } from "../_model/articles.ts";
import type { Dossier } from "../_model/dossier.ts";
import { linkTo } from "../_model/site.ts";
import { articleOpenGraph, newsArticle } from "../_views/metadata.ts";
import { html, jsonLd, trusted, webUrl } from "../_views/html.ts";
import { layout } from "../_views/layout.ts";
import { dateTag, topicTags } from "../_views/parts.ts";
import { directionOf, languageName } from "../_views/language.ts";

// Search reads the headline and the article's own text: the facts and the developments
// (often worded by other sources) would match words the article never uses.
export function articlePage(dossier: Dossier, article: Article): string {
  const href = (to: string) => linkTo(dossier.site, to);
  const outlet = dossier.outletOf(article);
  const original = dossier.article(article.duplicate_of ?? "");
  const developments = dossier.developmentsOf(article.duplicate_of ?? article.id);
  const lang = html` lang="${article.language}"${directionOf(article.language) === "rtl" ? html` dir="rtl"` : ""}`;
  return layout({
    dossier,
    title: article.title,
    path: `articles/${article.id}/`,
    description: article.summary || undefined,
    head: html`${articleOpenGraph(dossier.site, article).map((tag) => html`<meta property="${tag.property}" content="${tag.content}">
`)}${jsonLd(newsArticle(dossier.site, article, webUrl(article.url)))}`,
    body: html`<article data-pagefind-body>
<header>
<h1${lang}>${article.title}</h1>
${article.title_derived ? html`<p class="note">This title was derived from the text: the article has no headline of its own.</p>` : ""}
${original ? html`<p class="note">A duplicate of <a href="${href(`articles/${original.id}/`)}">${original.title}</a>.</p>` : ""}
<dl class="facts" data-pagefind-ignore>
<dt>Published</dt><dd>${dateTag(article.published)}</dd>
<dt>${article.authors.length > 1 ? "Authors" : "Author"}</dt><dd>${article.authors.length ? article.authors.join(", ") : "Not stated"}</dd>
<dt>Source</dt><dd><a href="${href(`sources/${outlet.slug}/`)}">${outlet.name}</a>${webUrl(article.url) ? html` · <a href="${webUrl(article.url)}" rel="external noopener">Original article</a>` : ""}</dd>
<dt>Language</dt><dd>${languageName(article.language)}</dd>
${article.topics.length ? html`<dt>Topics</dt><dd>${topicTags(dossier, article.topics)}</dd>` : ""}
</dl>
</header>
${developments.length ? html`<section aria-labelledby="reports" data-pagefind-ignore>
<h2 id="reports">Developments it reports</h2>
<ul class="developments compact">${developments.map(
      (d) => html`<li><p>${dateTag(d.date, d.end)}: ${d.text} <a href="${href(dossier.timelinePath(d.id))}">on the timeline</a></p></li>`,
    )}</ul>
</section>` : ""}
<section class="article-text" aria-labelledby="text"${lang}>
<h2 id="text" lang="${dossier.site.language}" dir="ltr" data-pagefind-ignore>Text</h2>
${trusted(renderArticleBody(article))}
</section>
</article>`,
  });
}
