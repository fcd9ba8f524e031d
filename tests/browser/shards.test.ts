/**
 * Search on the fixture site built in three shards, one index each, merged by
 * the search page: the same articles as the site searched in one index.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, FIXTURE_CORPUS } from "../site/build.ts";
import { launch } from "./chromium.ts";
import { watchedPage } from "./reader.ts";
import { serve, type Served } from "./server.ts";

const PREFIX = "/dossier/";
const BASE = `https://example.github.io${PREFIX}`;
let whole: Served;
let sharded: Served;
let shardedSite = "";
let browser: Browser;

beforeAll(async () => {
  const siteFile = join(mkdtempSync(join(tmpdir(), "dossier-shards-")), "site.json");
  writeFileSync(siteFile, JSON.stringify({ ...JSON.parse(readFileSync("src/_data/site.json", "utf8")), shard_articles: 2 }));
  whole = await serve(buildSite({ corpus: FIXTURE_CORPUS, baseUrl: BASE }), PREFIX);
  shardedSite = buildSite({ corpus: FIXTURE_CORPUS, baseUrl: BASE, env: { DOSSIER_SITE: siteFile } });
  sharded = await serve(shardedSite, PREFIX);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await whole?.close();
  await sharded?.close();
});

async function found(server: Served, query: string): Promise<{ status: string; links: string[] }> {
  const { page, problems } = await watchedPage(browser);
  await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
  await page.locator("#search-status", { hasText: /match|not available/ }).waitFor();
  const status = (await page.locator("#search-status").textContent()) ?? "";
  const links = (await page.locator("#search-results a").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""))).map((href) => new URL(href, server.url).pathname);
  expect(problems).toEqual([]);
  await page.close();
  return { status, links: links.sort() };
}

describe("search over the indexes of three shards", () => {
  it("finds the articles one index finds, for words in one article and in many", async () => {
    expect(readFileSync(join(shardedSite, "search/index.html"), "utf8")).toContain("data-merge=");
    for (const query of ["pomegranate", "quince", "Taliban", "Doha", "mediation"]) {
      const [one, merged] = [await found(whole, query), await found(sharded, query)];
      expect(merged, query).toEqual(one);
    }
    expect((await found(sharded, "Taliban")).links.length).toBeGreaterThan(1);
  });
});
