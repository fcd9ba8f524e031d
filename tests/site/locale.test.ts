/**
 * The site is the same bytes whatever the machine's locale and time zone:
 * normalized and built under each, including two articles of one day whose
 * ids sort differently in Czech ("ch" after "h") than in code-unit order.
 * Node's ICU takes the locale from LC_ALL or LANG without the system's locale
 * data, so none needs installing.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildSite, listFiles, read } from "./build.ts";

const SAME_DAY = {
  "chats.txt": "Chats in Doha resume\n\nMay 2, 2023\n\nSohail Shaheen met Qatari officials in Doha on May 1, 2023, a spokesman said.\n",
  "hopes.txt": "Hopes in Doha fade\n\nMay 2, 2023\n\nZalmay Khalilzad met Qatari officials in Doha on May 1, 2023, a spokesman said.\n",
};

function buildUnder(env: Record<string, string>): string {
  const corpus = mkdtempSync(join(tmpdir(), "dossier-locale-"));
  cpSync("corpus/raw", join(corpus, "raw"), { recursive: true });
  for (const [name, text] of Object.entries(SAME_DAY)) writeFileSync(join(corpus, "raw", name), text);
  for (const file of ["topics.yaml", "entities.yaml"]) cpSync(join("corpus", file), join(corpus, file));
  // LC_ALL outranks LANG, so both name the locale under test.
  const locale = { LC_ALL: env.LANG!, ...env };
  const environment = { ...process.env, ...locale };
  execFileSync(process.execPath, ["bin/dossier.js", "normalize", "--raw", join(corpus, "raw"), "--out", join(corpus, "articles"), "--report", join(corpus, "report.json")], { env: environment, stdio: "pipe" });
  return buildSite({ corpus, env: locale });
}

const snapshotOf = (site: string) => Object.fromEntries(listFiles(site).map((path) => [path, read(site, path)]));

describe("the site under other locales and time zones", () => {
  const reference = snapshotOf(buildUnder({ LANG: "C.UTF-8", TZ: "UTC" }));

  it("holds two same-day articles that Czech collation orders the other way, listed in code-unit order", () => {
    const ids = ["2023-05-02-chats-in-doha-resume", "2023-05-02-hopes-in-doha-fade"];
    expect([...ids].sort((a, b) => a.localeCompare(b, "cs"))).toEqual([...ids].reverse());
    const feed = reference["articles.xml"]!;
    expect(feed.indexOf(`articles/${ids[0]}/`)).toBeGreaterThan(0);
    expect(feed.indexOf(`articles/${ids[0]}/`)).toBeLessThan(feed.indexOf(`articles/${ids[1]}/`));
  });

  it.each([
    { LANG: "cs_CZ.UTF-8", TZ: "UTC" },
    { LANG: "tr_TR.UTF-8", TZ: "UTC" },
    { LANG: "C.UTF-8", TZ: "Pacific/Kiritimati" },
    { LANG: "C.UTF-8", TZ: "America/Los_Angeles" },
    { LANG: "cs_CZ.UTF-8", TZ: "Pacific/Kiritimati" },
  ])("is byte-identical under LANG=$LANG TZ=$TZ", (env) => {
    expect(snapshotOf(buildUnder(env))).toEqual(reference);
  });
});
