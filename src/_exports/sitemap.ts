/** `/sitemap.xml` and `/robots.txt`: every page a reader may land on, for search engines. */
import type { Dossier } from "../_model/dossier.ts";
import { escapeHtml } from "../_views/html.ts";
import { absoluteUrl } from "../_model/site.ts";

/** Site paths of the reader's pages; the review page and search results are left out. */
export function sitemapPaths(dossier: Dossier): string[] {
  return [
    "",
    "topics/",
    ...dossier.digestPages.map((page) => page.path),
    ...dossier.topicArticlePages.map((page) => page.path),
    ...dossier.timelinePages.map((page) => page.path),
    ...dossier.languagePages.map((page) => page.path),
    ...dossier.developments.map((development) => dossier.developmentPath(development.id)),
    "entities/",
    ...dossier.entityPages.map((page) => page.path),
    "sources/",
    ...dossier.sourcePages.map((page) => page.path),
    ...dossier.articles.map((article) => `articles/${article.id}/`),
    "feeds/",
  ];
}

export function sitemap(dossier: Dossier): string {
  const urls = sitemapPaths(dossier).map((path) => `<url><loc>${escapeHtml(absoluteUrl(dossier.site, path))}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`;
}

export function robots(dossier: Dossier): string {
  return `User-agent: *\nAllow: /\nSitemap: ${absoluteUrl(dossier.site, "sitemap.xml")}\n`;
}
