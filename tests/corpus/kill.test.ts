/**
 * Kill and recover: `dossier normalize` killed with SIGKILL at seeded random
 * moments, while it reads and normalizes or while it writes, leaves nothing
 * behind once the next run is over, and that run's output is exactly an
 * uninterrupted run's.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { writeCorpus } from "../../bench/generate.ts";
import { createRng } from "../../bench/prng.ts";
import { loadVocabulary } from "../../bench/vocabulary.ts";
import { bundledEntry } from "../../pipeline/bundle/load.js";
import { runDossier } from "../helpers/cli.ts";
import { generated, taxonomy } from "../helpers/corpus.ts";

const BIN = resolve("bin/dossier.js");
const TOPICS = resolve("corpus/topics.yaml");
const TRIALS = 10;
const ARTICLES = 300;
const root = mkdtempSync(join(tmpdir(), "dossier-kill-"));
const raw = join(root, "raw");
const args = (out: string) => ["normalize", "--raw", raw, "--out", out, "--topics", TOPICS];

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

let expected: Record<string, string>;
/** How long an uninterrupted run takes. */
let total = 0;

beforeAll(async () => {
  writeCorpus(raw, 12, ARTICLES, { vocab: loadVocabulary(), taxonomy });
  // The bundle is made once here, so no trial is killed while making it.
  await bundledEntry("main.js");
  const out = join(root, "uninterrupted");
  const started = performance.now();
  const result = await runDossier(args(out));
  expect(result.code, result.stderr).toBe(0);
  total = performance.now() - started;
  expected = generated(out);
}, 60_000);

describe("kill -9 during normalize", () => {
  it(`leaves no temporary file after the next run, whose output equals an uninterrupted run's (${TRIALS} trials)`, async () => {
    const rng = createRng(0x6b11);
    let killed = 0;
    for (let trial = 0; trial < TRIALS; trial++) {
      const out = join(root, `trial-${trial}`);
      // Half the trials are killed at any moment of the run, half while articles are being written.
      const when = trial % 2 === 0 ? { afterMs: rng.next() * total * 0.8 } : { afterFiles: rng.int(1, ARTICLES / 2) };
      if ((await killedRun(out, when)) === "SIGKILL") killed++;
      const next = await runDossier(args(out));
      expect(next.code, next.stderr).toBe(0);
      expect(Object.keys(generated(out)).filter((name) => name.endsWith(".tmp"))).toEqual([]);
      expect(generated(out)).toEqual(expected);
    }
    // Every run was stopped part-way; one that had finished first would prove nothing.
    expect(killed).toBe(TRIALS);
  }, 120_000);
});
