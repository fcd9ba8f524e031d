/** Builds DOM nodes and pages for HTML intake tests. */
import { readFileSync } from "node:fs";
import { parseDocument, type DomDocument, type DomNode } from "../../pipeline/article/html/dom.ts";

export function bodyOf(html: string): DomNode {
  return parseDocument(`<!DOCTYPE html><html><body>${html}</body></html>`).querySelector("body")!;
}

export const documentOf = (html: string): DomDocument => parseDocument(html);

/** A news page built from sample article 001, with navigation, cookie banner, sidebar and footer around it. */
export const articlePage = readFileSync(new URL("../fixtures/html/afintl-qatar-pm-message.html", import.meta.url), "utf8");

/** A section front: links and teasers, no article. */
export const indexPage = `<!DOCTYPE html><html><head><title>Afghanistan – News</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<ul><li><a href="/a">Taliban leader meets Qatari PM</a></li><li><a href="/b">Talks in Doha</a></li></ul>
<footer>© 2023</footer></body></html>`;
