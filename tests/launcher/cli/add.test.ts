import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runDossier } from "../../helpers/cli.ts";
import { tempCorpus } from "../../helpers/corpus.ts";
import { articlePage, indexPage } from "../../helpers/html.ts";
import { startServer, type TestServer } from "../../helpers/http-server.ts";

const NEW_ARTICLE = `Talks resume in Doha

June 3, 2024
By Jane Doe

US and Taliban officials met in Doha on Sunday to discuss detainees, Qatari mediators said. The talks followed months of indirect contacts through the Gulf state.

A Qatari official said the meeting on June 2 was constructive and that another round was planned.
`;

const TOPICS = resolve("corpus/topics.yaml");
/** The sample article that the HTML fixture is a web copy of. */
const PAGE_ORIGINAL = "001_faf9f95335c46c0a.txt";

/** A copy of the sample corpus and a `dossier add` bound to it; `without` leaves sample files out. */
function corpus(...without: string[]) {
  const dirs = tempCorpus();
  for (const name of without) rmSync(join(dirs.raw, name));
  const add = (args: string[], options: { stdin?: string; cwd?: string } = {}) =>
    runDossier(["add", ...args, "--raw", dirs.raw, "--out", dirs.out, "--topics", TOPICS], options);
  const rawNames = () => readdirSync(dirs.raw).sort();
  return { ...dirs, add, rawNames };
}

const html = { "content-type": "text/html; charset=utf-8" };
let server: TestServer;
beforeAll(async () => {
  server = await startServer({
    "/article": { headers: html, body: articlePage },
    "/index": { headers: html, body: indexPage },
    "/missing": { status: 404, headers: html, body: "<p>not found</p>" },
    "/feed.xml": { headers: { "content-type": "application/rss+xml" }, body: "<rss/>" },
  });
});
afterAll(() => server.close());

describe("dossier add <file>", () => {
  it("stores the file, normalizes it and shows every extracted field", async () => {
    const c = corpus();
    writeFileSync(join(c.root, "talks.txt"), NEW_ARTICLE);
    const result = await c.add([join(c.root, "talks.txt")]);
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(join(c.raw, "talks.txt"), "utf8")).toBe(NEW_ARTICLE);
    const article = join(c.out, "2024-06-03-talks-resume-in-doha.md");
    expect(existsSync(article)).toBe(true);
    expect(result.stdout).toContain(`Added ${join(c.raw, "talks.txt")} → ${article}`);
    for (const label of ["title", "published", "authors", "source", "url", "language", "topics", "developments"]) {
      expect(result.stdout).toMatch(new RegExp(`^  ${label} +\\S`, "m"));
    }
    expect(result.stdout).toMatch(/^ {2}title +Talks resume in Doha$/m);
    expect(result.stdout).toMatch(/^ {2}published +2024-06-03 /m);
    expect(result.stdout).toMatch(/^ {4}2024-06-02 +A Qatari official said the meeting on June 2/m);
  });

  it("writes --title, --published, --source and --url as front matter of the stored file", async () => {
    const c = corpus();
    writeFileSync(join(c.root, "talks.txt"), NEW_ARTICLE);
    const result = await c.add([
      join(c.root, "talks.txt"),
      "--title", "US and Taliban meet in Doha",
      "--published", "2024-06-02",
      "--source", "Example Wire",
      "--url", "https://news.example/talks",
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(join(c.raw, "talks.txt"), "utf8")).toBe(
      `---\ntitle: US and Taliban meet in Doha\npublished: 2024-06-02\nsource: Example Wire\nurl: https://news.example/talks\n---\n${NEW_ARTICLE}`,
    );
    expect(result.stdout).toMatch(/^ {2}title +US and Taliban meet in Doha$/m);
    expect(result.stdout).toMatch(/^ {2}source +Example Wire$/m);
    expect(result.stdout).toMatch(/^ {2}url +https:\/\/news\.example\/talks$/m);
  });

  it("refuses a malformed correction and stores nothing", async () => {
    const c = corpus();
    writeFileSync(join(c.root, "talks.txt"), NEW_ARTICLE);
    const before = c.rawNames();
    const result = await c.add([join(c.root, "talks.txt"), "--published", "June 3"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--published: expected 'YYYY-MM-DD'");
    expect(c.rawNames()).toEqual(before);
  });

  it("keeps a hostile path's name only, inside the raw folder", async () => {
    const c = corpus();
    const cwd = join(c.root, "a", "b");
    mkdirSync(cwd, { recursive: true });
    writeFileSync(join(c.root, "x.txt"), NEW_ARTICLE);
    const result = await c.add(["../../x.txt"], { cwd });
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(join(c.raw, "x.txt"), "utf8")).toBe(NEW_ARTICLE);
  });

  it("never overwrites a raw file of the same name", async () => {
    const c = corpus();
    writeFileSync(join(c.raw, "talks.txt"), readFileSync(join(c.raw, "000_e597730830ff6590.txt")));
    rmSync(join(c.raw, "000_e597730830ff6590.txt"));
    const original = readFileSync(join(c.raw, "talks.txt"));
    writeFileSync(join(c.root, "talks.txt"), NEW_ARTICLE);
    const result = await c.add([join(c.root, "talks.txt")]);
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(join(c.raw, "talks.txt")).equals(original)).toBe(true);
    expect(readFileSync(join(c.raw, "talks-2.txt"), "utf8")).toBe(NEW_ARTICLE);
  });

  it("says an article is already in the corpus and adds nothing", async () => {
    const c = corpus();
    const copy = join(c.root, "again.txt");
    writeFileSync(copy, readFileSync(join(c.raw, PAGE_ORIGINAL)));
    const before = c.rawNames();
    const result = await c.add([copy]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${copy} is already in the corpus as ${join(c.raw, PAGE_ORIGINAL)}; nothing was added\n`);
    expect(c.rawNames()).toEqual(before);
  });

  it("knows a web page copy of an article already in the corpus", async () => {
    const c = corpus();
    writeFileSync(join(c.root, "page.html"), articlePage);
    const before = c.rawNames();
    const result = await c.add([join(c.root, "page.html")]);
    expect(result.stdout).toContain(`is already in the corpus as ${join(c.raw, PAGE_ORIGINAL)}`);
    expect(c.rawNames()).toEqual(before);
  });

  it("adds several files in one go, each checked against the ones before it", async () => {
    const c = corpus();
    writeFileSync(join(c.root, "talks.txt"), NEW_ARTICLE);
    writeFileSync(join(c.root, "talks-again.txt"), NEW_ARTICLE);
    const result = await c.add([join(c.root, "talks.txt"), join(c.root, "talks-again.txt")]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`${join(c.root, "talks-again.txt")} is already in the corpus as ${join(c.raw, "talks.txt")}`);
    expect(c.rawNames().filter((name) => name.startsWith("talks"))).toEqual(["talks.txt"]);
  });

  it("rejects an empty file and leaves nothing behind", async () => {
    const c = corpus();
    writeFileSync(join(c.root, "empty.txt"), "\n\n");
    const before = c.rawNames();
    const result = await c.add([join(c.root, "empty.txt")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("error decode:empty");
    expect(c.rawNames()).toEqual(before);
  });

  it("stores an HTML page as it is and reads its article", async () => {
    const c = corpus(PAGE_ORIGINAL);
    writeFileSync(join(c.root, "page.html"), articlePage);
    const result = await c.add([join(c.root, "page.html")]);
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(join(c.raw, "page.html"), "utf8")).toBe(articlePage);
    expect(result.stdout).toMatch(/^ {2}title +What Was Qatari Prime Minister’s Message to Taliban Leader in Kandahar\?$/m);
    expect(result.stdout).toMatch(/^ {2}url +https:\/\/news\.example\/en\/202306051234$/m);
  });
});

describe("dossier add -", () => {
  it("stores pasted text from standard input", async () => {
    const c = corpus();
    const result = await c.add(["-"], { stdin: NEW_ARTICLE });
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(join(c.raw, "pasted.txt"), "utf8")).toBe(NEW_ARTICLE);
    expect(result.stdout).toMatch(/^ {2}title +Talks resume in Doha$/m);
  });

  it("stores a pasted page's source as HTML", async () => {
    const c = corpus(PAGE_ORIGINAL);
    const result = await c.add(["-"], { stdin: articlePage });
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(join(c.raw, "pasted.html"), "utf8")).toBe(articlePage);
  });
});

describe("dossier add --url", () => {
  it("downloads the page, keeps its HTML and shows the article", async () => {
    const c = corpus(PAGE_ORIGINAL);
    const result = await c.add(["--url", server.url("/article"), "--allow-private"]);
    expect(result.code, result.stderr).toBe(0);
    const stored = "what-was-qatari-prime-ministers-message-to-taliban-leader-in.html";
    expect(c.rawNames()).toContain(stored);
    expect(readFileSync(join(c.raw, stored), "utf8")).toBe(`---\nurl: https://news.example/en/202306051234\n---\n${articlePage}`);
    expect(result.stdout).toMatch(/^ {2}source +Afghanistan International$/m);
    expect(result.stdout).toMatch(/^ {2}published +2023-06-05 14:10 \+04:30/m);
  });

  it.each([
    ["/missing", "HTTP 404"],
    ["/feed.xml", "not an HTML page (content type: application/rss+xml)"],
    ["/index", "no article found on the page"],
  ])("explains why %s cannot be added and leaves nothing behind", async (path, reason) => {
    const c = corpus();
    const before = c.rawNames();
    const result = await c.add(["--url", server.url(path), "--allow-private"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(reason);
    expect(c.rawNames()).toEqual(before);
  });

  it("refuses a server on loopback without --allow-private, storing nothing", async () => {
    const c = corpus(PAGE_ORIGINAL);
    const before = c.rawNames();
    const result = await c.add(["--url", server.url("/article")]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      `dossier add: ${server.url("/article")}: refused: 127.0.0.1 is a loopback address, not on the public web; add --allow-private to download it anyway`,
    );
    expect(c.rawNames()).toEqual(before);
  });
});
