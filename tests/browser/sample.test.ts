/** The sample corpus in headless Chromium: the story from the home page, and search. */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../site/build.ts";
import { LABELS, normalizeSample, sampleArticle } from "../site/sample.ts";
import { launch } from "./chromium.ts";
import { watchedPage } from "./reader.ts";
import { serve, type Served } from "./server.ts";

let corpus = "";
let server: Served;
let browser: Browser;

beforeAll(async () => {
  corpus = normalizeSample();
  const site = buildSite({ corpus });
  server = await serve(site);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("a reader of the sample dossier", () => {
  it("goes home → topic digest → article → source and back", async () => {
    const label = LABELS[0]!;
    const article = sampleArticle(corpus, label.file);
    const { page, problems } = await watchedPage(browser);
    await page.goto(server.url);
    await page.locator("main").getByRole("link", { name: "Qatar's mediation", exact: true }).first().click();
    expect(await page.locator("h1").textContent()).toBe("Qatar's mediation");
    await page.locator(`a[href="/articles/${article.id}/"]`).last().click();
    expect(await page.locator("h1").textContent()).toBe(label.title);
    const source = page.locator("dd a[href^='/sources/']");
    const outlet = await source.textContent();
    await source.click();
    expect(await page.locator("h1").textContent()).toBe(outlet);
    expect(await page.locator(`a[href="/articles/${article.id}/"]`).count()).toBeGreaterThan(0);
    await page.goBack();
    expect(await page.locator("h1").textContent()).toBe(label.title);
    await page.goBack();
    await page.goBack();
    expect(page.url()).toBe(server.url);
    expect(problems).toEqual([]);
  });

  it("finds an article by a word from its body", async () => {
    const label = LABELS[2]!;
    const { page, problems } = await watchedPage(browser);
    await page.goto(`${server.url}search/?q=scrambling`);
    const result = page.locator("#search-results a").first();
    await result.waitFor();
    expect(await result.textContent()).toBe(label.title);
    expect(problems).toEqual([]);
  });
});
