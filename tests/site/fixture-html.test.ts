/** Every page of the fixture site is valid HTML, under a path prefix too. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildSite, FIXTURE_CORPUS, listFiles } from "./build.ts";
import { checkHtml } from "./vnu.ts";

describe("the Nu Html Checker", () => {
  it("reports no errors on any page of the fixture site built under a path prefix", () => {
    const site = buildSite({ corpus: FIXTURE_CORPUS, baseUrl: "https://example.github.io/dossier/" });
    expect(listFiles(site).filter((file) => file.endsWith(".html")).length).toBeGreaterThan(10);
    expect(checkHtml(site)).toEqual([]);
  });

  it("reports errors on a page that has them, so a silent checker cannot pass", () => {
    const dir = mkdtempSync(join(tmpdir(), "dossier-vnu-"));
    writeFileSync(join(dir, "broken.html"), "<!doctype html><html lang=en><title>x</title><p><div></p>");
    expect(checkHtml(dir).length).toBeGreaterThan(0);
  });
});
