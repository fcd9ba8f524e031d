/** Names from the data that become paths cannot stop the build, however long they are. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { MAX_SLUG_BYTES } from "../../pipeline/model/slug.ts";
import { buildSite, FIXTURE_CORPUS, listFiles, read } from "./build.ts";

const LONG_SOURCE = "Agence de presse ".repeat(17).trim() + " du Golfe";
const LONG_ID = "a-very-long-id".repeat(20);
let site = "";

beforeAll(() => {
  const corpus = mkdtempSync(join(tmpdir(), "dossier-long-"));
  cpSync(FIXTURE_CORPUS, corpus, { recursive: true });
  const articles = join(corpus, "articles");
  // The original and its duplicate both name the outlet: both are listed on its page.
  for (const name of ["qatar-hosts-talks.md", "qatar-hosts-talks-copy.md"]) {
    const file = join(articles, name);
    writeFileSync(file, readFileSync(file, "utf8").replace(/^source: .*$/m, `source: ${LONG_SOURCE}`));
  }
  const note = readFileSync(join(articles, "undated-note.md"), "utf8");
  writeFileSync(join(articles, "long-id.md"), note.replace(/^id: .*$/m, `id: ${LONG_ID}`));
  site = buildSite({ corpus });
});

describe("long names", () => {
  it("builds an outlet page for a source name of 280 characters, its folder name within the limit", () => {
    expect(LONG_SOURCE.length).toBeGreaterThanOrEqual(280);
    const page = listFiles(site).find((file) => file.startsWith("sources/agence-de-presse") && file.endsWith("/index.html"))!;
    expect(page).toMatch(/^sources\/agence-de-presse[a-z-]*-[0-9a-f]{8}\/index\.html$/);
    expect(Buffer.byteLength(page.split("/")[1]!)).toBeLessThanOrEqual(MAX_SLUG_BYTES);
    expect(read(site, page)).toContain(LONG_SOURCE);
    // The source's feeds sit beside its page, under the same bounded folder name.
    for (const format of ["xml", "atom", "json"]) expect(listFiles(site), format).toContain(page.replace("index.html", `feed.${format}`));
  });

  it("lists an article whose id is too long for a path on the review page instead of failing", () => {
    expect(listFiles(site).some((file) => file.includes(LONG_ID))).toBe(false);
    expect(read(site, "review/index.html")).toContain(`long-id.md`);
    expect(read(site, "review/index.html")).toContain(`at most ${MAX_SLUG_BYTES} bytes`);
  });
});
