/** Every page of the fixture site is valid HTML and every link leads somewhere, under a path prefix and with long lists paged. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, FIXTURE_CORPUS, listFiles, read } from "./build.ts";
import { all, every } from "./html.ts";
import { checkHtml } from "./vnu.ts";

let site = "";

// Two items a page, so the small fixture has every kind of paged list, and pagers to follow.
beforeAll(() => {
  const meta = join(mkdtempSync(join(tmpdir(), "dossier-meta-")), "site.json");
  writeFileSync(meta, JSON.stringify({ ...JSON.parse(readFileSync("src/_data/site.json", "utf8")), page_size: 2, feed_items: 2 }));
  site = buildSite({ corpus: FIXTURE_CORPUS, baseUrl: "https://example.github.io/dossier/", env: { DOSSIER_SITE: meta } });
});

describe("long lists", () => {
  it("are cut into pages of the configured size", () => {
    const files = listFiles(site);
    for (const page of ["timeline/2/index.html", "topics/qatar-mediation/2/index.html", "topics/qatar-mediation/articles/2/index.html", "sources/the-reference/index.html"]) {
      expect(files).toContain(page);
    }
    expect(files).not.toContain("topics/detainees/articles/index.html");
    expect(all(read(site, "timeline/2/index.html"), "li").filter((li) => li.attribs.class?.startsWith("development"))).toHaveLength(2);
  });

  it("keep feeds to the configured number of newest items", () => {
    expect(read(site, "feed.xml").match(/<item>/g)).toHaveLength(2);
  });
});

describe("the Nu Html Checker", () => {
  it("reports no errors on any page of the fixture site built under a path prefix", () => {
    expect(listFiles(site).filter((file) => file.endsWith(".html")).length).toBeGreaterThan(10);
    expect(checkHtml(site)).toEqual([]);
  });

  it("reports errors on a page that has them, so a silent checker cannot pass", () => {
    const dir = mkdtempSync(join(tmpdir(), "dossier-vnu-"));
    writeFileSync(join(dir, "broken.html"), "<!doctype html><html lang=en><title>x</title><p><div></p>");
    expect(checkHtml(dir).length).toBeGreaterThan(0);
  });
});

describe("links under a path prefix", () => {
  it("all stay under the prefix and lead to a built file and an existing anchor", () => {
    const files = new Set(listFiles(site));
    const broken: string[] = [];
    for (const page of [...files].filter((file) => file.endsWith(".html"))) {
      const markup = read(site, page);
      const refs = [...all(markup, "a").map((a) => a.attribs.href), ...all(markup, "link").map((l) => l.attribs.href), ...all(markup, "script").map((s) => s.attribs.src)];
      for (const ref of refs) {
        if (!ref || /^https?:/.test(ref)) continue;
        const [path = "", anchor] = ref.split("#");
        const target = path === "" ? page : path.startsWith("/dossier/") ? path.slice("/dossier/".length).replace(/(^|\/)$/, "$1index.html") : null;
        if (target === null || !files.has(target)) broken.push(`${page}: ${ref}`);
        else if (anchor && !every(read(site, target)).some((e) => e.attribs.id === anchor)) broken.push(`${page}: ${ref} (no such anchor)`);
      }
    }
    expect(broken).toEqual([]);
  });
});
