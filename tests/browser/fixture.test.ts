/**
 * The fixture site in headless Chromium, served under a path prefix as a
 * project site is: navigation, search, hostile text, no console errors.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, FIXTURE_CORPUS, listFiles } from "../site/build.ts";
import { axeViolations } from "./axe.ts";
import { launch } from "./chromium.ts";
import { watchedPage } from "./reader.ts";
import { serve, type Served } from "./server.ts";

const PREFIX = "/dossier/";
let site = "";
let server: Served;
let browser: Browser;

beforeAll(async () => {
  site = buildSite({ corpus: FIXTURE_CORPUS, baseUrl: `https://example.github.io${PREFIX}` });
  server = await serve(site, PREFIX);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("a reader", () => {
  it("goes home → topic digest → article → source and back", async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(server.url);
    await page.getByRole("link", { name: "Qatar's mediation" }).first().click();
    expect(await page.locator("h1").textContent()).toBe("Qatar's mediation");
    await page.locator("#articles").locator("..").getByRole("link", { name: "Qatari foreign minister meets Taliban leader in Kandahar" }).last().click();
    expect(page.url()).toBe(`${server.url}articles/qatar-hosts-talks/`);
    await page.getByRole("link", { name: "The Reference" }).click();
    expect(page.url()).toBe(`${server.url}sources/the-reference/`);
    expect(await page.locator("h1").textContent()).toBe("The Reference");
    expect(await page.locator('main a[href$="/articles/qatar-hosts-talks/"]').count()).toBeGreaterThan(0);
    await page.goBack();
    await page.goBack();
    expect(await page.locator("h1").textContent()).toBe("Qatar's mediation");
    await page.goBack();
    expect(page.url()).toBe(server.url);
    expect(problems).toEqual([]);
  });

  it("finds an article by a word from its body", async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(server.url);
    await page.getByRole("searchbox", { name: "Search articles" }).fill("pomegranate");
    await page.getByRole("button", { name: "Search" }).click();
    const result = page.locator("#search-results a").first();
    await result.waitFor();
    expect(await result.textContent()).toBe("Qatari foreign minister meets Taliban leader in Kandahar");
    await result.click();
    expect(page.url()).toBe(`${server.url}articles/qatar-hosts-talks/`);
    expect(problems).toEqual([]);
  });

  it("shows an excerpt of the article's words, without the page's own section heading", async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(`${server.url}search/?q=stops`);
    const excerpt = page.locator("#search-results li p").first();
    await excerpt.waitFor();
    const text = await excerpt.textContent();
    expect(text).toContain("Qatar is one of the Taliban's important stops");
    expect(text).not.toMatch(/\bText\b/);
    expect(problems).toEqual([]);
  });

  it("searches an article's own words, not the facts and developments beside them", async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(`${server.url}search/`);
    // "Quotidien" is only the outlet in the facts of the French article.
    await page.getByRole("searchbox", { name: "Search articles" }).fill("Quotidien");
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByText("No article matches “Quotidien”.").waitFor();
    expect(await page.locator("#search-results a").count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it("reads the home page without JavaScript", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.url);
    expect(await page.getByRole("heading", { name: "Latest developments" }).isVisible()).toBe(true);
    await context.close();
  });
});

describe("every page", () => {
  it("loads with no console error, failed request or script from article text", async () => {
    const { page, problems } = await watchedPage(browser);
    const pages = listFiles(site).filter((file) => file.endsWith(".html"));
    for (const file of pages) {
      await page.goto(server.url + file.replace(/index\.html$/, ""));
      expect(await page.evaluate("window.__pwned"), file).toBeUndefined();
    }
    expect(problems).toEqual([]);
  });

  it("never runs the hostile article's scripts, even when its search result is shown", async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(`${server.url}search/?q=quince`);
    await page.locator("#search-results a").first().waitFor();
    await page.goto(`${server.url}articles/hostile-markup/`);
    expect(await page.getByRole("link", { name: "harmless-looking link" }).count()).toBe(0);
    expect(await page.evaluate("window.__pwned")).toBeUndefined();
    expect(await page.locator("h1").textContent()).toContain("{{ 7*7 }}");
    expect(problems).toEqual([]);
  });
});

describe("accessibility", () => {
  it.each(["light", "dark"] as const)("axe finds no WCAG 2 A/AA or best-practice violation on any page in %s mode", async (colorScheme) => {
    const { page, problems } = await watchedPage(browser, { colorScheme });
    const found: string[] = [];
    for (const file of listFiles(site).filter((f) => f.endsWith(".html"))) {
      await page.goto(server.url + file.replace(/index\.html$/, ""));
      for (const violation of await axeViolations(page)) found.push(`${file}: ${violation.id} (${violation.help}) at ${violation.targets.join(", ")}`);
    }
    expect(found).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("axe reports a page that has violations, so a silent check cannot pass", async () => {
    const page = await browser.newPage();
    await page.setContent('<html><body><img src="data:,"><p style="color:#777;background:#888">faint</p></body></html>');
    expect((await axeViolations(page)).map((v) => v.id)).toEqual(expect.arrayContaining(["image-alt", "color-contrast", "html-has-lang"]));
    await page.close();
  });

  it("shows where keyboard focus is", async () => {
    const { page } = await watchedPage(browser);
    await page.goto(server.url);
    await page.keyboard.press("Tab");
    expect(await page.evaluate("document.activeElement.textContent")).toBe("Skip to content");
    const outline = await page.evaluate("getComputedStyle(document.activeElement).outlineStyle");
    expect(outline).toBe("solid");
  });
});
