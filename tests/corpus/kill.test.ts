/**
 * Kill and recover: `dossier normalize` killed with SIGKILL at seeded random
 * moments, while it reads and normalizes or while it writes, leaves nothing
 * behind once the next run is over, and that run's output is exactly an
 * uninterrupted run's.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { writeCorpus } from "../../bench/generate.ts";
import { createRng } from "../../bench/prng.ts";
import { loadVocabulary } from "../../bench/vocabulary.ts";
import { bundledEntry } from "../../pipeline/launcher/bundle/load.js";
import { runDossier } from "../helpers/cli.ts";
import { generated, taxonomy } from "../helpers/corpus.ts";

const BIN = resolve("bin/dossier.js");
const TOPICS = resolve("corpus/topics.yaml");
const TRIALS = 10;
const ARTICLES = 300;
const root = mkdtempSync(join(tmpdir(), "dossier-kill-"));
const raw = join(root, "raw");
const args = (out: string) => ["normalize", "--raw", raw, "--out", out, "--topics", TOPICS];

/** Each run writes into a folder of its own: the articles, and the developments file beside them. */
const articlesIn = (folder: string) => join(folder, "articles");
/** What a run leaves, without the caches' file metadata (sizes, times), which differ by nature. */
const output = (folder: string) => ({ articles: generated(articlesIn(folder)), developments: readFileSync(join(folder, "developments.json"), "utf8") });
const temporary = (folder: string) => readdirSync(folder, { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(".tmp"));

const files = (out: string) => (existsSync(out) ? readdirSync(out).length : 0);

/** Starts a run and kills it after some time, or once the output folder holds some files; resolves with how it ended. */
function killedRun(out: string, when: { afterMs: number } | { afterFiles: number }): Promise<NodeJS.Signals | number | null> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args(out)], { stdio: "ignore" });
    const kill = () => child.kill("SIGKILL");
    const timer = "afterMs" in when ? setTimeout(kill, when.afterMs) : setInterval(() => files(out) >= when.afterFiles && kill(), 1);
    child.on("error", fail);
    child.on("exit", (code, signal) => {
      clearInterval(timer);
      done(signal ?? code);
    });
  });
}

let expected: ReturnType<typeof output>;
/** How long an uninterrupted run takes until it writes its first file. */
let untilWrites = 0;

beforeAll(async () => {
  writeCorpus(raw, 12, ARTICLES, { vocab: loadVocabulary(), taxonomy });
  // The bundle is made once here, so no trial is killed while making it.
  await bundledEntry("main.js");
  const folder = join(root, "uninterrupted");
  const started = performance.now();
  const watch = setInterval(() => (untilWrites ||= files(articlesIn(folder)) > 0 ? performance.now() - started : 0), 1);
  const result = await runDossier(args(articlesIn(folder)));
  clearInterval(watch);
  expect(result.code, result.stderr).toBe(0);
  expect(untilWrites).toBeGreaterThan(0);
  expected = output(folder);
}, 60_000);

describe("kill -9 during normalize", () => {
  it(`leaves no temporary file after the next run, whose output equals an uninterrupted run's (${TRIALS} trials)`, async () => {
    const rng = createRng(0x6b11);
    let killed = 0;
    // A run that ended before its moment came proves nothing: another is drawn, a few times at most.
    for (let trial = 0; killed < TRIALS && trial < 3 * TRIALS; trial++) {
      const folder = join(root, `trial-${trial}`);
      // Half the kills come while files are read and normalized, half while articles are being written.
      const when = killed % 2 === 0 ? { afterMs: rng.next() * untilWrites } : { afterFiles: rng.int(1, ARTICLES / 2) };
      if ((await killedRun(articlesIn(folder), when)) === "SIGKILL") killed++;
      const next = await runDossier(args(articlesIn(folder)));
      expect(next.code, next.stderr).toBe(0);
      expect(temporary(folder)).toEqual([]);
      expect(output(folder)).toEqual(expected);
    }
    expect(killed).toBe(TRIALS);
  }, 300_000);
});
