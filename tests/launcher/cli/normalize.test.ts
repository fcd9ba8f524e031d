import { execFile, spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { tempCorpus } from "../../helpers/corpus.ts";

const exec = promisify(execFile);

async function dossier(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, ["bin/dossier.js", ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("dossier normalize in shards", () => {
  it("plans the shards, normalizes each alone and the corpus from their records, to what one run writes", async () => {
    const [whole, sharded] = [tempCorpus(), tempCorpus()];
    const plan = await dossier("normalize", "--raw", sharded.raw, "--plan", "--per-shard", "2");
    expect(JSON.parse(plan.stdout)).toEqual({ count: 3, shards: [1, 2, 3] });
    const records = join(sharded.root, "records");
    for (const shard of ["1/3", "2/3", "3/3"]) {
      const run = await dossier("normalize", "--raw", sharded.raw, "--out", sharded.out, "--shard", shard, "--records", records);
      expect(run.stdout, run.stderr).toMatch(new RegExp(`^\\d raw files of shard ${shard} normalized into ${records}/normalized-${shard[0]}-of-3\\.json\n$`));
    }
    expect(readdirSync(sharded.root).sort()).toEqual(["raw", "records"]);
    const last = await dossier("normalize", "--raw", sharded.raw, "--out", sharded.out, "--records", records);
    const one = await dossier("normalize", "--raw", whole.raw, "--out", whole.out);
    expect(last.stdout).toBe(one.stdout);
    for (const name of readdirSync(whole.out).filter((file) => file.endsWith(".md"))) expect(readFileSync(join(sharded.out, name), "utf8")).toBe(readFileSync(join(whole.out, name), "utf8"));
    expect(readFileSync(join(sharded.root, "developments.json"), "utf8")).toBe(readFileSync(join(whole.root, "developments.json"), "utf8"));
  });

  it("names the option a shard needs, and the file of a missing shard", async () => {
    const dirs = tempCorpus();
    const alone = await dossier("normalize", "--raw", dirs.raw, "--shard", "1/2");
    expect(alone.code).toBe(2);
    expect(alone.stderr).toMatch(/--shard: needs --records DIR/);
    const records = join(dirs.root, "records");
    await dossier("normalize", "--raw", dirs.raw, "--shard", "2/2", "--records", records);
    const last = await dossier("normalize", "--raw", dirs.raw, "--out", dirs.out, "--records", records);
    expect(last.code).toBe(2);
    expect(last.stderr).toContain(`${records}: wants every shard of one plan: normalized-1-of-2.json is missing`);
  });
});

describe("dossier normalize", () => {
  it("normalizes the sample corpus and ends with a one-line summary", async () => {
    const dirs = tempCorpus();
    const result = await dossier("normalize", "--raw", dirs.raw, "--out", dirs.out);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("5 normalized, 0 unchanged, 0 rejected, 0 duplicates\n");
  });

  it("removes what a killed run left of its report and developments file, and only that", async () => {
    const dirs = tempCorpus();
    const folder = join(dirs.root, "report");
    mkdirSync(folder);
    const gone = spawnSync(process.execPath, ["-e", ""]).pid!;
    const temporary = (name: string) => `${name}.${gone}.0a1b2c3d.tmp`;
    for (const name of ["normalize.json", "other.json"]) writeFileSync(join(folder, temporary(name)), "");
    // The developments file and its cache lie beside the articles folder.
    for (const name of ["developments.json", ".dossier-developments-cache.json", "notes.txt"]) writeFileSync(join(dirs.root, temporary(name)), "");
    const result = await dossier("normalize", "--raw", dirs.raw, "--out", dirs.out, "--report", join(folder, "normalize.json"));
    expect(result.code, result.stderr).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(["normalize.json", temporary("other.json")]);
    expect(readdirSync(dirs.root).filter((name) => name.endsWith(".tmp"))).toEqual([temporary("notes.txt")]);
  });

  it("writes the report in the documented shape", async () => {
    const dirs = tempCorpus();
    writeFileSync(join(dirs.raw, "blank.txt"), "   \n\n");
    const reportFile = join(dirs.root, "report", "normalize.json");
    const result = await dossier("normalize", "--raw", dirs.raw, "--out", dirs.out, "--report", reportFile);
    const report = JSON.parse(readFileSync(reportFile, "utf8"));
    expect(report.files).toHaveLength(6);
    expect(report.files[0]).toEqual({ raw: "000_e597730830ff6590.txt", status: "normalized", article: expect.stringMatching(/\.md$/), duplicate_of: null, messages: [] });
    expect(report.files.find((file: { raw: string }) => file.raw === "blank.txt")).toEqual({
      raw: "blank.txt",
      status: "rejected",
      article: null,
      duplicate_of: null,
      messages: [{ file: "blank.txt", rule: "decode:empty", reason: "the file holds only white space", fatal: true }],
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${dirs.raw}/blank.txt: error decode:empty: the file holds only white space`);
  });

  it("names the missing taxonomy file when it cannot be read", async () => {
    const dirs = tempCorpus();
    const result = await dossier("normalize", "--raw", dirs.raw, "--out", dirs.out, "--topics", join(dirs.root, "nope.yaml"));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`nope.yaml: cannot be read`);
  });

  it("rejects an unknown option with a usage error", async () => {
    const result = await dossier("normalize", "--frobnicate");
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Unknown option '--frobnicate'/);
  });

  it("rejects a thread count that is not a whole number with a usage error", async () => {
    const dirs = tempCorpus();
    const result = await dossier("normalize", "--raw", dirs.raw, "--out", dirs.out, "--workers", "two");
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--workers: expects a whole number of threads, 1 or more; got 'two'/);
  });
});

describe("dossier normalize --allow-rejected", () => {
  it("still reports a rejected file but exits 0, so a build can go on", async () => {
    const dirs = tempCorpus();
    writeFileSync(join(dirs.raw, "blank.txt"), "");
    const result = await dossier("normalize", "--raw", dirs.raw, "--out", dirs.out, "--allow-rejected");
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("5 normalized, 0 unchanged, 1 rejected, 0 duplicates\n");
    expect(result.stderr).toContain("blank.txt: error decode:empty");
  });
});
