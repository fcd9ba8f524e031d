import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { actionFiles, allSteps, parseWorkflow, root, workflowFiles } from "../helpers/workflows.ts";

const workflows = new Map([...workflowFiles()].map(([name, text]) => [name, { text, parsed: parseWorkflow(text) }]));
const workflow = (name: string) => workflows.get(name)!.parsed;
const READ_ONLY = new Set(["read", "none"]);

describe("actions", () => {
  it("are local or pinned to a full commit with the version in a comment", () => {
    for (const { text } of workflows.values()) {
      for (const line of text.split("\n").filter((l) => /^\s*-?\s*uses:/.test(l))) {
        expect(line).toMatch(/uses: (\.\/\S+|[\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+)$/);
      }
    }
    const remote = allSteps().filter((step) => step.uses && !step.uses.startsWith("./"));
    expect(remote.length).toBeGreaterThan(0);
    for (const step of remote) expect(step.uses).toMatch(/@[0-9a-f]{40}$/);
  });

  it("are kept current by Dependabot, composite actions included", () => {
    const config = parse(readFileSync(join(root, ".github/dependabot.yml"), "utf8")) as {
      updates: { "package-ecosystem": string; directories: string[] }[];
    };
    const actions = config.updates.find((update) => update["package-ecosystem"] === "github-actions");
    expect(actions?.directories.sort()).toEqual(["/", ...[...actionFiles().keys()].map((name) => `/.github/actions/${name}`)].sort());
  });

  it("set up Node 20 with npm's cache", () => {
    const setupNode = allSteps().filter((step) => step.uses?.startsWith("actions/setup-node@"));
    expect(setupNode).toHaveLength(1);
    expect(setupNode[0]!.with).toEqual({ "node-version": 20, cache: "npm" });
  });
});

describe("permissions", () => {
  it("default to read-only or nothing at the top of every workflow", () => {
    for (const { parsed } of workflows.values()) {
      expect(parsed.permissions).toBeDefined();
      for (const level of Object.values(parsed.permissions!)) expect(READ_ONLY).toContain(level);
    }
  });

  it("are declared by every job", () => {
    for (const { parsed } of workflows.values()) {
      for (const job of Object.values(parsed.jobs)) expect(job.permissions).toBeDefined();
    }
  });

  it("are read-only for pull requests", () => {
    for (const job of Object.values(workflow("pull-request.yml").jobs)) {
      for (const level of Object.values(job.permissions!)) expect(READ_ONLY).toContain(level);
    }
  });

  it("let only the deploy job write to Pages and only the normalize job push", () => {
    const writers = [...workflows].flatMap(([name, { parsed }]) =>
      Object.entries(parsed.jobs).flatMap(([id, job]) =>
        Object.entries(job.permissions!)
          .filter(([, level]) => level === "write")
          .map(([scope]) => `${name} ${id} ${scope}`),
      ),
    );
    expect(writers.sort()).toEqual([
      "normalize.yml normalize contents",
      // The caller grants what the called publish workflow's deploy job needs.
      "normalize.yml publish id-token",
      "normalize.yml publish pages",
      "publish.yml deploy id-token",
      "publish.yml deploy pages",
    ]);
  });
});

describe("the normalizer's caches", () => {
  const cacheStep = (step: { uses?: string; with?: Record<string, unknown> }) => (step.uses === "./.github/actions/normalizer-cache" ? String(step.with?.step) : null);
  // `npm run build` normalizes first; `build:site` does not.
  const normalizes = (step: { run?: string }) => /npm run (?:normalize|build)(?![:\w])/.test(step.run ?? "");
  const jobs = [...workflows].flatMap(([name, { parsed }]) => Object.entries(parsed.jobs).map(([id, job]) => ({ name: `${name} ${id}`, steps: job.steps ?? [] })));

  it("are restored before every job's first normalize", () => {
    for (const { name, steps } of jobs.filter((job) => job.steps.some(normalizes))) {
      const restored = steps.findIndex((step) => cacheStep(step) === "restore");
      expect(restored, name).toBeGreaterThanOrEqual(0);
      expect(restored, name).toBeLessThan(steps.findIndex(normalizes));
    }
  });

  it("are saved only after the normalize job's run, once", () => {
    const saves = jobs.flatMap(({ name, steps }) => steps.flatMap((step, at) => (cacheStep(step) === "save" ? [{ name, at, steps }] : [])));
    expect(saves.map((save) => save.name)).toEqual(["normalize.yml normalize"]);
    const { at, steps } = saves[0]!;
    expect(steps.findIndex((step) => step.run === "npm run normalize")).toBeLessThan(at);
  });
});

describe("triggers", () => {
  it("publish daily, on demand and when called after normalizing", () => {
    const on = workflow("publish.yml").on;
    expect(Object.keys(on).sort()).toEqual(["schedule", "workflow_call", "workflow_dispatch"]);
    expect(workflow("normalize.yml").jobs.publish!.uses).toBe("./.github/workflows/publish.yml");
  });

  it("normalize only on pushes to main that touch the corpus sources", () => {
    expect(workflow("normalize.yml").on).toEqual({
      push: { branches: ["main"], paths: ["corpus/raw/**", "corpus/topics.yaml", "corpus/entities.yaml"] },
    });
  });

  it("skip the bot's own pushes", () => {
    const { text, parsed } = workflows.get("normalize.yml")!;
    // The plan comes first; every other job needs it, so none runs on the bot's push.
    expect(parsed.jobs.plan!.if).toBe("github.actor != 'github-actions[bot]'");
    expect(parsed.jobs.shard!.needs).toBe("plan");
    expect(parsed.jobs.normalize!.needs).toEqual(["plan", "shard"]);
    expect(parsed.jobs.normalize!.if).toContain("needs.plan.result == 'success'");
    expect(text).toContain("[skip ci]");
  });
});

describe("deploys", () => {
  it("never race: one concurrency group, a deploy in progress is never cancelled", () => {
    const deploy = workflow("publish.yml").jobs.deploy!;
    expect(deploy.concurrency).toEqual({ group: "pages", "cancel-in-progress": false });
    expect(deploy.environment?.name).toBe("github-pages");
  });

  it("build with the Pages base address", () => {
    const build = workflow("publish.yml").jobs.build!.steps!.find((step) => step.run === "npm run build")!;
    expect(build.env).toEqual({ DOSSIER_BASE_URL: "${{ steps.pages.outputs.base_url }}" });
  });
});
