/**
 * Page metadata that Readability does not return: where the page lives and a
 * machine-readable date printed in the page itself. Read before Readability
 * runs, since it rewrites the document.
 */
import type { DomDocument } from "./dom.ts";

/** The page's canonical http(s) address, resolved against the address it was read from. */
export function canonicalUrl(doc: DomDocument, pageUrl?: string): string | null {
  const candidates = [
    doc.querySelector('link[rel~="canonical"]')?.getAttribute("href"),
    doc.querySelector('meta[property="og:url"]')?.getAttribute("content"),
    pageUrl,
  ];
  for (const candidate of candidates) {
    const url = absoluteHttpUrl(candidate, pageUrl);
    if (url) return url;
  }
  return null;
}

/** The first `<time datetime>`, preferring one inside the `<article>`. */
export function timeDatetime(doc: DomDocument): string | null {
  const time = doc.querySelector("article time[datetime]") ?? doc.querySelector("time[datetime]");
  const value = time?.getAttribute("datetime")?.trim();
  return value ? value : null;
}

function absoluteHttpUrl(href: string | null | undefined, base: string | undefined): string | null {
  if (!href?.trim()) return null;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}
