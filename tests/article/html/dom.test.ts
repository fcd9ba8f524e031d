import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { depthOf, MAX_DEPTH, parseDocument, withinDepth, withoutUnreadMarkup, withSkeleton, type DomDocument, type DomElement } from "../../../pipeline/article/html/dom.ts";
import { textBlocks } from "../../../pipeline/article/html/text.ts";
import { bodyOf } from "../../helpers/html.ts";

describe("withoutUnreadMarkup", () => {
  it("drops attributes nothing reads and keeps those that are read", () => {
    const html = `<img src="/a.jpg" srcset="/a.jpg 1x, /b.jpg 2x" width=640 loading="lazy" alt="Rathaus"><a href="/autor/anna-beck" title="Alle Artikel" rel="author" data-track='{"x":1}' onclick="go()">Anna Beck</a>`;
    expect(withoutUnreadMarkup(html)).toBe(`<img src="/a.jpg" alt="Rathaus"><a href="/autor/anna-beck" rel="author">Anna Beck</a>`);
    expect(withoutUnreadMarkup(`<div aria-hidden="true" aria-label="Menü" class="nav">`)).toBe(`<div aria-hidden="true" class="nav">`);
  });

  it("leaves an attribute whose value holds '>' as it was", () => {
    expect(withoutUnreadMarkup(`<div data-rule="a>b" class="x">Text</div>`)).toBe(`<div data-rule="a>b" class="x">Text</div>`);
  });

  it("drops white space between block tags only, so words in a line keep their spaces", () => {
    const html = `<div>\n  <p>Der <b>Stadtrat</b> <a href="/x">tagt</a> heute.</p>\n  <p>Zweiter Absatz.</p>\n</div>`;
    expect(withoutUnreadMarkup(html)).toBe(`<div><p>Der <b>Stadtrat</b> <a href="/x">tagt</a> heute.</p><p>Zweiter Absatz.</p></div>`);
    expect(textBlocks(bodyOf(withoutUnreadMarkup(html)))).toEqual(["Der Stadtrat tagt heute.", "Zweiter Absatz."]);
  });
});

describe("withSkeleton", () => {
  const text = `<p>Der Gemeinderat hat am Dienstagabend über den Ausbau der Kita in der Schulstraße beraten und die Pläne gebilligt.</p>`;

  it("leaves a well-formed page as it is", () => {
    const page = `<!DOCTYPE html><html lang="de"><head><title>T</title></head><body>${text}</body></html>`;
    expect(withSkeleton(page)).toBe(page);
  });

  it("gives a body to a page without <html>, with a server's warnings before it, or with <html> repeated", () => {
    for (const page of [
      `<!DOCTYPE html><head><title>T</title></head><body class="single">${text}</body></html>`,
      `<br /><b>Warning</b>: mysql_connect(): Access denied<br /><!DOCTYPE html><html lang="de"><head><title>T</title></head><body>${text}</body></html>`,
      `<!DOCTYPE html><html lang="fr" class="ie ie6"><html lang="fr" class="ie ie7"><html lang="fr"><head><title>T</title></head><body>${text}</body></html>`,
    ]) {
      const doc = parseDocument(page);
      expect(textBlocks(doc.body!)).toEqual([expect.stringMatching(/^Der Gemeinderat/)]);
      expect(doc.querySelector("title")?.textContent).toBe("T");
    }
  });
});

describe("withinDepth", () => {
  const nested = (tag: string, n: number, inside: string) => `${`<${tag}>`.repeat(n)}${inside}${`</${tag}>`.repeat(n)}`;

  it("leaves a page that nests less than the limit as it is, unclosed paragraphs and void elements included", () => {
    const page = `<html><body>${nested("div", MAX_DEPTH - 2, "<p>One<p>Two<br><img src=a.jpg>")}${"<p>more".repeat(2000)}</body></html>`;
    expect(withinDepth(page)).toBe(page);
  });
  it("drops the tags nested deeper than the limit and keeps their text", () => {
    const page = `<html><body>${nested("span", 50_000, "Officials met in Doha.")}</body></html>`;
    const kept = withinDepth(page);
    expect(kept.match(/<span>/g)).toHaveLength(MAX_DEPTH - 2);
    expect(kept.match(/<\/span>/g)).toHaveLength(MAX_DEPTH - 2);
    const doc = parseDocument(page);
    expect(depthOf(doc)).toBe(MAX_DEPTH);
    expect(textBlocks(doc.body!)).toEqual(["Officials met in Doha."]);
  });
});

describe("walking a deep document", () => {
  it("counts how deeply elements nest, the root element being 1", () => {
    const doc = parseDocument(`<html><body><main>${"<section>".repeat(300)}<p>Deep text.</p>${"</section>".repeat(300)}</main></body></html>`);
    expect(depthOf(doc)).toBe(304);
    expect(textBlocks(doc.body!)).toEqual(["Deep text."]);
  });
});

describe("parsed nodes", () => {
  const page = `<!DOCTYPE html><html><head><title>Stadtrat</title></head><body><article><h1>Stadtrat billigt Kita-Ausbau</h1><p class="lead">Der Gemeinderat hat am Dienstag die Pläne gebilligt.</p></article></body></html>`;

  it("read as before: text, attributes, selectors and containment", () => {
    const doc = parseDocument(page);
    const lead = doc.querySelector("p.lead")!;
    expect(lead.textContent).toBe("Der Gemeinderat hat am Dienstag die Pläne gebilligt.");
    expect(lead.getAttribute("class")).toBe("lead");
    expect(lead.closest("article")?.tagName).toBe("ARTICLE");
    expect(doc.body!.contains(lead)).toBe(true);
  });

  it("take no event listeners, and an event dispatched to one reaches none", () => {
    const doc = parseDocument(page) as DomDocument & { body: DomElement & { addEventListener(type: string, listener: () => void): void; dispatchEvent(event: unknown): boolean } };
    const { Event } = createRequire(import.meta.url)("linkedom") as { Event: new (type: string) => unknown };
    expect(() => doc.body.addEventListener("click", () => {})).toThrow(/no event listeners/);
    expect(doc.body.dispatchEvent(new Event("click"))).toBe(true);
  });

  it("build no class list while parsing, and the same one when it is read", () => {
    const doc = parseDocument(`<html><body><p class="  byline   author byline ">Anna Beck</p></body></html>`);
    const byline = doc.querySelector("p.author") as DomElement & { className: string; classList: { contains(name: string): boolean } };
    // linkedom keeps an element's class list under a symbol of its own.
    const classList = () => (byline as unknown as Record<symbol, unknown>)[Object.getOwnPropertySymbols(byline).find((symbol) => symbol.description === "classList")!];
    expect(classList()).toBeNull();
    expect(byline.getAttribute("class")).toBe("byline author");
    expect(byline.className).toBe("byline author");
    expect(byline.classList.contains("author")).toBe(true);
    expect(classList()).not.toBeNull();
    // Outside parsing, setting the classes writes the attribute as linkedom always has.
    byline.className = "credit  author";
    expect(byline.getAttribute("class")).toBe("credit author");
    expect(doc.querySelector(".credit")).toBe(byline);
  });

  it("compile each selector once, and still find what the document holds now", () => {
    const doc = parseDocument(`<html><body><p class="a">One</p><p class="a">Two</p><div><p>Three</p></div></body></html>`);
    type Removable = DomElement & { remove(): void };
    const fromLinkedom = createRequire(createRequire(import.meta.url).resolve("linkedom"));
    const { prepareMatch } = fromLinkedom("./shared/matches.js") as { prepareMatch(element: object, selectors: string): unknown };
    expect(prepareMatch(doc.body!, "p.a")).toBe(prepareMatch(doc.querySelector("div")!, "p.a"));
    expect(doc.querySelectorAll("p.a")).toHaveLength(2);
    (doc.querySelector("p.a") as Removable).remove();
    expect(doc.querySelectorAll("p.a")).toHaveLength(1);
    // A selector whose matcher may keep results is compiled afresh at each query.
    expect(prepareMatch(doc.body!, "div:has(p)")).not.toBe(prepareMatch(doc.body!, "div:has(p)"));
    expect(doc.querySelectorAll("div:has(p)")).toHaveLength(1);
    (doc.querySelector("div p") as Removable).remove();
    expect(doc.querySelectorAll("div:has(p)")).toHaveLength(0);
  });
});
