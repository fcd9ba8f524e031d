/**
 * A corpus normalized in shards, as the normalize workflow does it (its own
 * steps, run here, with the matrix filled in), is what one run writes.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeCorpus } from "../../bench/generate.ts";
import { loadVocabulary } from "../../bench/vocabulary.ts";
import { taxonomy } from "../helpers/corpus.ts";
import { parseWorkflow, root, workflowFiles } from "../helpers/workflows.ts";

const SHARDS = 3;
const jobs = parseWorkflow(workflowFiles().get("normalize.yml")!).jobs;

/** A job's `run:` steps that call the normalizer, with the plan, the matrix and the expression choosing `--records` filled in. */
function normalizeSteps(job: string, shard?: number): string[] {
  return (jobs[job]!.steps ?? [])
    .flatMap((step) => step.run ?? [])
    .filter((run) => /\bnormalize\b/.test(run))
    .map((run) =>
      run
        .replaceAll("${{ matrix.shard }}", String(shard))
        .replaceAll("${{ needs.plan.outputs.count }}", String(SHARDS))
        .replace(/\$\{\{ needs\.plan\.outputs\.count > 1 && '([^']*)' \|\| '' \}\}/, "$1"),
    );
}

const work = mkdtempSync(join(tmpdir(), "dossier-normalize-shards-"));
const raw = join(work, "raw");
cpSync(join(root, "corpus/raw"), raw, { recursive: true });
writeCorpus(raw, 5, 30, { vocab: loadVocabulary(), taxonomy });

/** A runner's checkout: the project's commands and the corpus's sources, nothing generated. */
function checkout(name: string): string {
  const dir = join(work, name);
  mkdirSync(join(dir, "corpus"), { recursive: true });
  for (const link of ["bin", "node_modules"]) symlinkSync(join(root, link), join(dir, link));
  copyFileSync(join(root, "package.json"), join(dir, "package.json"));
  for (const file of ["topics.yaml", "entities.yaml"]) copyFileSync(join(root, "corpus", file), join(dir, "corpus", file));
  cpSync(raw, join(dir, "corpus/raw"), { recursive: true });
  return dir;
}

const sh = (command: string, cwd: string) => execFileSync("sh", ["-c", command], { cwd, stdio: "pipe" }).toString();
const generatedFiles = (dir: string) => readdirSync(join(dir, "corpus/articles")).filter((name) => name.endsWith(".md")).sort();

describe("the normalize workflow in shards", () => {
  it("plans one shard for a corpus below the threshold", () => {
    const plan = checkout("plan");
    const [step] = normalizeSteps("plan");
    expect(JSON.parse(sh(step!.replace(/^echo "plan=\$\((.*)\)" >> "\$GITHUB_OUTPUT"$/, "$1"), plan))).toEqual({ count: 1, shards: [1] });
  });

  it("writes, from the shards' records, the articles and developments one run writes", () => {
    const whole = checkout("whole");
    sh("npm run --silent normalize", whole);
    const runner = checkout("normalize");
    for (let shard = 1; shard <= SHARDS; shard++) {
      const dir = checkout(`shard-${shard}`);
      for (const run of normalizeSteps("shard", shard)) sh(run, dir);
      // What upload-artifact and download-artifact (merge-multiple) do between the jobs.
      mkdirSync(join(runner, ".cache/normalized"), { recursive: true });
      for (const name of readdirSync(join(dir, ".cache/normalized"))) renameSync(join(dir, ".cache/normalized", name), join(runner, ".cache/normalized", name));
      expect(readdirSync(join(dir, "corpus"))).not.toContain("articles");
    }
    const [last, ...more] = normalizeSteps("normalize");
    expect(more).toEqual([]);
    expect(last).toBe("npm run normalize -- --records .cache/normalized");
    sh(last!, runner);
    expect(generatedFiles(runner)).toEqual(generatedFiles(whole));
    for (const name of generatedFiles(whole)) expect(readFileSync(join(runner, "corpus/articles", name), "utf8"), name).toBe(readFileSync(join(whole, "corpus/articles", name), "utf8"));
    expect(readFileSync(join(runner, "corpus/developments.json"), "utf8")).toBe(readFileSync(join(whole, "corpus/developments.json"), "utf8"));
  }, 120_000);
});
