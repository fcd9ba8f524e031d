/**
 * Hostile entries in the raw folder and unwritable output folders, made here
 * in a temporary corpus: every command names each entry with a reason and
 * goes on; nothing from outside the raw folder is published.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleForUnprivileged, runDossier, UNPRIVILEGED } from "../../helpers/cli.ts";
import { tempCorpus } from "../../helpers/corpus.ts";

const TOPICS = resolve("corpus/topics.yaml");
const SECRET = "Secret minutes of the Doha meeting";
/** A whole article, so that it would be published if the link to it were followed. */
const OUTSIDE_ARTICLE = `${SECRET}\n\nJune 3, 2024\n\nUS and Taliban officials met in Doha on Sunday to discuss detainees, Qatari mediators said. The talks followed months of indirect contacts.\n`;

/** Hands a folder over to the user the commands run as, so permissions are what the test sets. */
function handOver(dir: string): void {
  if (!UNPRIVILEGED) return;
  // -R never follows a link, so nothing outside the folder changes hands.
  expect(spawnSync("chown", ["-R", `${UNPRIVILEGED.uid}:${UNPRIVILEGED.gid}`, dir]).status).toBe(0);
}

const HOSTILE = {
  "outside.txt": "raw:link",
  "loop.txt": "raw:link",
  "dangling.txt": "raw:link",
  "pipe.txt": "raw:not-a-file",
  "socket.txt": "raw:not-a-file",
  "folder.txt": "raw:not-a-file",
  "unreadable.txt": "raw:unreadable",
};

let corpus: ReturnType<typeof tempCorpus>;
let socket: Server;
const dossier = (command: string, ...args: string[]) =>
  runDossier([command, ...args, "--raw", corpus.raw, "--out", corpus.out, "--topics", TOPICS], { unprivileged: true });

beforeAll(async () => {
  await bundleForUnprivileged();
  corpus = tempCorpus();
  const outside = join(corpus.root, "outside.txt");
  writeFileSync(outside, OUTSIDE_ARTICLE);
  symlinkSync(outside, join(corpus.raw, "outside.txt"));
  symlinkSync("loop.txt", join(corpus.raw, "loop.txt"));
  symlinkSync(join(corpus.root, "missing.txt"), join(corpus.raw, "dangling.txt"));
  expect(spawnSync("mkfifo", [join(corpus.raw, "pipe.txt")]).status).toBe(0);
  socket = createServer();
  await new Promise<void>((done) => socket.listen(join(corpus.raw, "socket.txt"), done));
  mkdirSync(join(corpus.raw, "folder.txt"));
  writeFileSync(join(corpus.raw, "folder.txt", "inside.txt"), OUTSIDE_ARTICLE);
  writeFileSync(join(corpus.raw, "unreadable.txt"), OUTSIDE_ARTICLE);
  handOver(corpus.root);
  chmodSync(join(corpus.raw, "unreadable.txt"), 0o000);
});

afterAll(() => new Promise<void>((done) => socket.close(() => done())));

describe("a raw folder with links, a pipe, a socket, a folder and an unreadable file", () => {
  it("normalize rejects each by name with its reason, writes the good files and publishes nothing from outside", async () => {
    const result = await dossier("normalize");
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    for (const [name, rule] of Object.entries(HOSTILE)) expect(result.stderr).toContain(`${join(corpus.raw, name)}: error ${rule}: `);
    expect(result.stderr).toContain("unreadable.txt: error raw:unreadable: the file cannot be read (EACCES: permission denied)");
    expect(result.stdout).toContain("5 normalized, 0 unchanged, 7 rejected, 0 duplicates");
    const articles = readdirSync(corpus.out).filter((name) => name.endsWith(".md"));
    expect(articles).toHaveLength(5);
    for (const name of articles) expect(readFileSync(join(corpus.out, name), "utf8")).not.toContain(SECRET);
  });

  it("check names each entry as rejected and does not crash", async () => {
    const result = await dossier("check");
    expect(result.stderr).not.toMatch(/\n\s+at /);
    for (const [name, rule] of Object.entries(HOSTILE)) expect(result.stdout).toContain(`${join(corpus.raw, name)}: error check:rejected: ${rule}: `);
  });

  it("add still adds an article beside them", async () => {
    const file = join(corpus.root, "talks.txt");
    writeFileSync(file, "Talks resume in Doha\n\nJune 3, 2024\n\nUS and Taliban officials met in Doha on Sunday to discuss detainees, Qatari mediators said. The talks followed months of indirect contacts through the Gulf state.\n");
    const result = await dossier("add", file);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`Added ${join(corpus.raw, "talks.txt")} → `);
  });
});

describe("output folders that cannot be written", () => {
  it("names a folder that cannot be created under a read-only parent, with the system's reason", async () => {
    const dirs = tempCorpus();
    const parent = join(dirs.root, "read-only");
    mkdirSync(parent);
    handOver(dirs.root);
    chmodSync(parent, 0o555);
    const out = join(parent, "articles");
    const result = await runDossier(["normalize", "--raw", dirs.raw, "--out", out, "--topics", TOPICS], { unprivileged: true });
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(`dossier normalize: ${out}: the folder cannot be created (EACCES: permission denied)`);
  });

  it("needs no writable folder when nothing changed, and names the file and reason when something must be written", async () => {
    const dirs = tempCorpus();
    handOver(dirs.root);
    const normalize = (...more: string[]) => runDossier(["normalize", "--raw", dirs.raw, "--out", dirs.out, "--topics", TOPICS, ...more], { unprivileged: true });
    // The second run settles the caches, which vouch for files only once written after them.
    for (let run = 0; run < 2; run++) expect((await normalize()).code).toBe(0);
    // Nor the folder of the developments file beside the articles.
    for (const folder of [dirs.out, dirs.root]) chmodSync(folder, 0o555);
    const unchanged = await normalize();
    expect(unchanged.code, unchanged.stderr).toBe(0);
    expect(unchanged.stdout).toContain("0 normalized, 5 unchanged");

    // Enough new articles for a worker thread to write some of them.
    const text = readFileSync(join(dirs.raw, "002_94db9f70faed8889.txt"), "utf8");
    for (let n = 1; n <= 40; n++) writeFileSync(join(dirs.raw, `variant-${n}.txt`), `---\ntitle: Variant ${n} of the talks\n---\n${text}`);
    for (const threads of [[], ["--workers", "2"]]) {
      const changed = await normalize(...threads);
      expect(changed.code, changed.stderr).toBe(2);
      expect(changed.stderr.trim()).toMatch(new RegExp(`^dossier normalize: ${dirs.out}/[^:]+\\.md: cannot be written \\(EACCES: permission denied\\)$`));
    }
  });
});
