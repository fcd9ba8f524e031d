/**
 * The fixture site's pages for readers in headless Chromium, under a path
 * prefix: names, a development's page, and the timeline's chart and filters
 * with and without JavaScript.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, FIXTURE_CORPUS } from "../site/build.ts";
import { launch } from "./chromium.ts";
import { watchedPage } from "./reader.ts";
import { serve, type Served } from "./server.ts";

const PREFIX = "/dossier/";
const KANDAHAR_MEETING = "dev-304b7b8ea9613d18";
let server: Served;
let browser: Browser;

beforeAll(async () => {
  const site = buildSite({ corpus: FIXTURE_CORPUS, baseUrl: `https://example.github.io${PREFIX}` });
  server = await serve(site, PREFIX);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const shown = (page: import("playwright-core").Page) => page.locator("#filter-results li .what").allTextContents();

describe("names and developments", () => {
  it("go from the names index to a person, to a development that names them, and on to its neighbour", async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(server.url);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Names" }).click();
    await page.getByRole("link", { name: "Haibatullah Akhundzada" }).click();
    expect(page.url()).toBe(`${server.url}entities/haibatullah-akhundzada/`);
    await page.locator(".development .when a").first().click();
    expect(page.url()).toBe(`${server.url}developments/${KANDAHAR_MEETING}/`);
    expect(await page.locator("h1").textContent()).toBe("Qatar's foreign minister met Taliban leader Haibatullah Akhundzada in Kandahar.");
    expect(await page.locator("blockquote").count()).toBe(1);
    await page.locator('a[rel="next"]').click();
    expect(await page.locator("h1").textContent()).toBe("Des responsables qataris ont reçu une délégation à Doha.");
    await page.getByRole("link", { name: "See it among the others" }).click();
    expect(page.url()).toMatch(new RegExp(`${PREFIX}timeline/#dev-352fdaa63cf27fa8$`));
    expect(problems).toEqual([]);
  });
});

describe("the timeline", () => {
  it("goes from a month of the chart to that month in the list", async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(`${server.url}timeline/`);
    await page.getByRole("link", { name: "February 2022: 1 development" }).click();
    expect(page.url()).toBe(`${server.url}timeline/#m-2022-02`);
    expect(await page.locator(":target").textContent()).toBe("February 2022");
    expect(problems).toEqual([]);
  });

  it("filters the whole dossier in the browser and keeps the filter in the address, to share and to go back", async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(`${server.url}timeline/`);
    await page.getByLabel("Person, place or organisation").selectOption("doha");
    await page.getByRole("button", { name: "Filter" }).click();
    await page.getByText("3 developments match Doha.").waitFor();
    expect(new URL(page.url()).search).toBe("?entity=doha");
    expect(await page.locator("#timeline-list").isHidden()).toBe(true);
    expect(await shown(page)).toEqual([
      "Des responsables qataris ont reçu une délégation à Doha.",
      "The United Nations held a meeting on Afghanistan in Doha.",
      "US officials met <script>window.__pwned='development'</script> the Taliban {{ 7*7 }} in Doha.",
    ]);
    await page.getByLabel("Language").selectOption("fr");
    await page.getByRole("button", { name: "Filter" }).click();
    await page.getByText("1 development matches Doha and French.").waitFor();
    expect(new URL(page.url()).search).toBe("?entity=doha&lang=fr");
    await page.goBack();
    await page.getByText("3 developments match Doha.").waitFor();
    expect(await page.getByLabel("Language").inputValue()).toBe("");
    await page.getByRole("link", { name: "Show all" }).click();
    expect(await page.locator("#timeline-list").isVisible()).toBe(true);
    expect(await page.locator("#filter-results").isHidden()).toBe(true);
    expect(await page.evaluate("window.__pwned")).toBeUndefined();
    expect(problems).toEqual([]);
  });

  it("opens a shared filtered address already filtered, and each match leads to its development", async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(`${server.url}timeline/?topic=detainees&source=wire-co`);
    await page.getByText("1 development matches Detainees and hostages and Wire & <Co>.").waitFor();
    expect(await page.getByLabel("Topic", { exact: true }).inputValue()).toBe("detainees");
    await page.locator("#filter-results a").click();
    expect(page.url()).toBe(`${server.url}developments/dev-ca76cb8496b302fb/`);
    expect(problems).toEqual([]);
  });

  it("without JavaScript hides the form and offers the same choices as links to pages that list them", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}timeline/`);
    expect(await page.locator("#timeline-filter").isHidden()).toBe(true);
    await page.getByText("Browse by topic, name, source or language").click();
    await page.locator(".browse").getByRole("link", { name: "French" }).click();
    expect(page.url()).toBe(`${server.url}timeline/fr/`);
    expect(await page.locator(".development .what").allTextContents()).toEqual(["Des responsables qataris ont reçu une délégation à Doha."]);
    await page.goBack();
    await page.getByText("Browse by topic, name, source or language").click();
    await page.locator(".browse").getByRole("link", { name: "Kandahar" }).click();
    expect(page.url()).toBe(`${server.url}entities/kandahar/`);
    await context.close();
  });
});
