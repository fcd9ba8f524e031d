/** The page shell every HTML page shares. */
import type { Dossier } from "../_model/dossier.ts";
import { feedPath, FORMATS, siteFeeds, type FeedInfo } from "../_exports/feeds.ts";
import { absoluteUrl, linkTo } from "../_model/site.ts";
import { html, type SafeHtml } from "./html.ts";

/** Only the site's own scripts and styles; Pagefind needs WebAssembly. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";

export interface PageOptions {
  dossier: Dossier;
  title: string;
  /** Site path of this page, e.g. 'topics/detainees/'. */
  path: string;
  description?: string;
  /** This page's own feeds, announced before the site-wide ones. */
  feeds?: FeedInfo[];
  /** Metadata for link previews and search engines. */
  head?: SafeHtml;
  body: SafeHtml;
}

const NAV = [
  ["", "Home"],
  ["topics/", "Topics"],
  ["timeline/", "Timeline"],
  ["sources/", "Sources"],
  ["entities/", "Names"],
  ["review/", "Needs review"],
] as const;

export function layout({ dossier, title, path, description, feeds = [], head, body }: PageOptions): string {
  const { site } = dossier;
  const href = (to: string) => linkTo(site, to);
  const fullTitle = path === "" ? site.title : `${title} · ${site.title}`;
  const announced = [...feeds, ...siteFeeds(site)];
  return html`<!doctype html>
<html lang="${site.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="color-scheme" content="light dark">
<title>${fullTitle}</title>
<meta name="description" content="${description ?? site.description}">
<link rel="canonical" href="${absoluteUrl(site, path)}">
<link rel="icon" href="${href("favicon.svg")}" type="image/svg+xml">
<link rel="stylesheet" href="${href("css/site.css")}">
${head ? html`${head}
` : ""}${announced.map((feed) => FORMATS.map((format) => html`<link rel="alternate" type="${format.type}" title="${feed.label} (${format.name})" href="${href(feedPath(feed, format))}">\n`))}</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
<p class="site-name"><a href="${href("")}">${site.title}</a></p>
<nav aria-label="Main">
<ul>
${NAV.map(([to, label]) => html`<li><a href="${href(to)}"${to === path ? html` aria-current="page"` : ""}>${label}</a></li>\n`)}</ul>
</nav>
<form class="search-form" role="search" action="${href("search/")}" method="get">
<label for="site-search">Search articles</label>
<input id="site-search" type="search" name="q" autocomplete="off">
<button type="submit">Search</button>
</form>
</header>
<main id="main">
${body}
</main>
<footer class="site-footer">
<p>Subscribe: ${announced.map((feed, i) => html`${i ? ", " : ""}<a href="${href(feedPath(feed, FORMATS[0]))}">${feed.label} (RSS)</a>`)}; <a href="${href("feeds/")}">all feeds and exports</a>.</p>
<p>${site.description}</p>
</footer>
</body>
</html>
`.value;
}
