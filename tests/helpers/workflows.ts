/** Reads the GitHub Actions files for tests. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

export const root = new URL("../../", import.meta.url).pathname;
export const workflowsDir = join(root, ".github/workflows");
export const actionsDir = join(root, ".github/actions");

export interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface Job {
  permissions?: Record<string, string>;
  concurrency?: { group: string; "cancel-in-progress": boolean };
  environment?: { name: string };
  steps?: Step[];
  uses?: string;
  [key: string]: unknown;
}

export interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

/** Every workflow file, by name. */
export function workflowFiles(): Map<string, string> {
  const names = readdirSync(workflowsDir).filter((name) => /\.ya?ml$/.test(name));
  return new Map(names.map((name) => [name, readFileSync(join(workflowsDir, name), "utf8")]));
}

/** Every local composite action's metadata file, by action folder. */
export function actionFiles(): Map<string, string> {
  const names = readdirSync(actionsDir);
  return new Map(names.map((name) => [name, readFileSync(join(actionsDir, name, "action.yml"), "utf8")]));
}

export const parseWorkflow = (text: string) => parse(text) as Workflow;
export const compositeSteps = (text: string) => (parse(text) as { runs: { steps: Step[] } }).runs.steps;

/**
 * The same workflow with each `owner/repo@<sha> # vX.Y.Z` pin written as
 * `owner/repo@vX`: actionlint knows the inputs of popular actions by tag,
 * not by commit, so only this view shows a misspelled input.
 */
export function byMajorTag(text: string): string {
  return text.replace(/@[0-9a-f]{40} # (v\d+)[\d.]*/g, "@$1");
}

export const compositeInputs = (text: string) => Object.keys((parse(text) as { inputs?: Record<string, unknown> }).inputs ?? {});

/** A composite action's steps in a one-job workflow, so actionlint can check them too; its inputs become the workflow's. */
export function asWorkflow(steps: Step[], inputs: string[] = []): string {
  const on = inputs.length ? { workflow_call: { inputs: Object.fromEntries(inputs.map((name) => [name, { type: "string", required: true }])) } } : "push";
  return JSON.stringify({ on, jobs: { steps: { "runs-on": "ubuntu-latest", steps } } }, null, 2);
}

/** Every `uses:` and `run:` of all workflows and composite actions. */
export function allSteps(): Step[] {
  const fromWorkflows = [...workflowFiles().values()].flatMap((text) =>
    Object.values(parseWorkflow(text).jobs).flatMap((job) => job.steps ?? []),
  );
  const fromActions = [...actionFiles().values()].flatMap(compositeSteps);
  return [...fromWorkflows, ...fromActions];
}
