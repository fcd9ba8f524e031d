/** Fragments several pages share. */
import type { MergedDevelopment } from "../../pipeline/model/developments.ts";
import type { Article } from "../_model/articles.ts";
import { readableDate, readableRange } from "../_model/dates.ts";
import type { Dossier } from "../_model/dossier.ts";
import { feedPath, FORMATS, type FeedInfo } from "../_exports/feeds.ts";
import type { Page } from "../_model/pages.ts";
import { linkTo } from "../_model/site.ts";
import { html, type SafeHtml } from "./html.ts";

/** "1 article", "3 articles", "2 dated developments". */
export function count(n: number, noun: string): string {
  const [first, ...rest] = noun.split(" ").reverse();
  return `${n} ${[...rest.reverse(), n === 1 ? first : `${first}s`].join(" ")}`;
}

export function dateTag(date: string | null, end?: string): SafeHtml {
  if (date === null) return html`<span class="undated">Undated</span>`;
  if (end && end !== date) return html`<time datetime="${date}">${readableDate(date)}</time> – <time datetime="${end}">${readableDate(end)}</time>`;
  return html`<time datetime="${date}">${readableRange(date, end)}</time>`;
}

export function topicTags(dossier: Dossier, topics: string[]): SafeHtml {
  if (topics.length === 0) return html``;
  return html`<ul class="tags" aria-label="Topics">${topics.map(
    (id) => html`<li><a href="${linkTo(dossier.site, `topics/${id}/`)}">${dossier.topicTitle(id)}</a></li>`,
  )}</ul>`;
}

// An event a whole corpus reports would list hundreds of articles under every mention;
// the first reports are shown and the rest counted (all are in /developments.json).
export const LISTED_SOURCES = 10;

export function sourceLinks(dossier: Dossier, development: MergedDevelopment): SafeHtml {
  const more = development.sources.length - LISTED_SOURCES;
  return html`<ul class="sources" aria-label="Sources">${development.sources.slice(0, LISTED_SOURCES).map(
    (source) =>
      html`<li><a dir="auto" href="${linkTo(dossier.site, `articles/${source.article}/`)}">${source.title}</a>${source.source ? html` <span class="outlet">${source.source}</span>` : ""}${
        // Each source's own wording, when it says more than the merged text.
        development.sources.length > 1 && source.text !== development.text ? html`<br><q dir="auto">${source.text}</q>` : ""
      }</li>`,
  )}${more > 0 ? html`<li class="more">and ${count(more, "more source")}</li>` : ""}</ul>`;
}

/** The people, places and organisations a development names, each linked to its page. */
export function entityTags(dossier: Dossier, ids: string[]): SafeHtml {
  const named = ids.map((id) => dossier.entity(id)).filter((entity) => entity !== undefined);
  if (named.length === 0) return html``;
  return html`<ul class="tags entities" aria-label="Names">${named.map(
    (entity) => html`<li><a href="${linkTo(dossier.site, `entities/${entity.id}/`)}">${entity.name}</a></li>`,
  )}</ul>`;
}

export interface DevelopmentOptions {
  withTopics?: boolean;
  /** Digests leave the names out: they list who recurs once, and a large corpus has their items by the hundred thousand. */
  withNames?: boolean;
  /** Anchor ids must be unique per page; the timeline owns the bare development id. */
  anchor?: boolean;
}

export function developmentItem(dossier: Dossier, development: MergedDevelopment, options: DevelopmentOptions = {}): SafeHtml {
  return html`<li class="development${development.background ? " background" : ""}"${options.anchor ? html` id="${development.id}"` : ""}>
<p class="when"><a href="${linkTo(dossier.site, dossier.developmentPath(development.id))}">${dateTag(development.date, development.end)}</a>${development.background ? html` <span class="badge">context</span>` : ""}</p>
<p class="what" dir="auto">${development.text}</p>
${sourceLinks(dossier, development)}${options.withNames ? entityTags(dossier, development.entities) : ""}${options.withTopics ? topicTags(dossier, development.topics) : ""}
</li>`;
}

export function articleItem(dossier: Dossier, article: Article): SafeHtml {
  return html`<li class="article-item">
<a dir="auto" href="${linkTo(dossier.site, `articles/${article.id}/`)}">${article.title}</a>${article.title_derived ? html` <span class="badge">derived title</span>` : ""}${article.duplicate_of ? html` <span class="badge">duplicate</span>` : ""}
<p class="meta">${dateTag(article.published)} · ${article.source ?? "Source not stated"}</p>
</li>`;
}

export function articleList(dossier: Dossier, articles: Article[]): SafeHtml {
  if (articles.length === 0) return html`<p>No articles.</p>`;
  return html`<ul class="article-list">${articles.map((article) => articleItem(dossier, article))}</ul>`;
}

/** "Subscribe to this topic: RSS, Atom, JSON Feed", each format a link to the feed. */
export function subscribeLinks(dossier: Dossier, feed: FeedInfo, label: string): SafeHtml {
  return html`<p class="subscribe">${label}: ${FORMATS.map(
    (format, i) => html`${i ? ", " : ""}<a href="${linkTo(dossier.site, feedPath(feed, format))}" type="${format.type}">${format.name}</a>`,
  )} (<a href="${linkTo(dossier.site, "feeds/")}">about feeds</a>)</p>`;
}

/** Links to the pages of a long list: the first, the last, and the two on each side of this one. */
export function pager(dossier: Dossier, page: Page<unknown>, label: string): SafeHtml {
  const { paths, number } = page;
  if (paths.length === 1) return html``;
  const shown = paths.map((_, n) => n).filter((n) => n === 0 || n === paths.length - 1 || Math.abs(n - number) <= 2);
  return html`<nav class="pager" aria-label="${label}"><ul>${shown.map(
    (n, i) => html`${i > 0 && n - shown[i - 1]! > 1 ? html`<li class="gap">…</li>` : ""}<li><a href="${linkTo(dossier.site, paths[n]!)}"${n === number ? html` aria-current="page"` : ""}>${n === 0 ? "1 (newest)" : String(n + 1)}</a></li>`,
  )}</ul></nav>`;
}

/** "page 2 of 5" beside a heading, on every page but the first. */
/** A page's title: the list's name, and which page after the first. */
export function pageTitle(name: string, page: Page<unknown>): string {
  return page.number === 0 ? name : `${name}, page ${page.number + 1}`;
}

export function pageCount(page: Page<unknown>): SafeHtml {
  return page.number === 0 ? html`` : html` <span class="count">page ${String(page.number + 1)} of ${String(page.paths.length)}</span>`;
}
