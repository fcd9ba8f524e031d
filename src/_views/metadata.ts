/** What an article page tells link previews (Open Graph) and search engines (schema.org `NewsArticle`). */
import type { Article } from "../_model/articles.ts";
import { absoluteUrl, type Site } from "../_model/site.ts";

export interface OpenGraph {
  property: string;
  content: string;
}

export function articleOpenGraph(site: Site, article: Article): OpenGraph[] {
  const tags: [string, string | null][] = [
    ["og:type", "article"],
    ["og:title", article.title],
    ["og:description", article.summary || null],
    ["og:url", absoluteUrl(site, `articles/${article.id}/`)],
    ["og:site_name", site.title],
    ["og:locale", article.language],
    ["article:published_time", article.published],
    ...article.authors.map((author): [string, string] => ["article:author", author]),
    ["article:section", article.source],
  ];
  return tags.filter((tag): tag is [string, string] => tag[1] !== null).map(([property, content]) => ({ property, content }));
}

/** `url` is the original address, when it is a web address. */
export function newsArticle(site: Site, article: Article, url: string | null): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.title,
    url: absoluteUrl(site, `articles/${article.id}/`),
    ...(article.published ? { datePublished: article.published } : {}),
    ...(article.authors.length ? { author: article.authors.map((name) => ({ "@type": "Person", name })) } : {}),
    ...(article.source ? { publisher: { "@type": "Organization", name: article.source } } : {}),
    inLanguage: article.language,
    ...(url ? { isBasedOn: url } : {}),
    ...(article.summary ? { description: article.summary } : {}),
  };
}
