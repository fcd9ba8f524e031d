/**
 * The project's own commands the benchmark times, as a user runs them, and
 * whether this checkout has them yet.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const REPO = fileURLToPath(new URL("..", import.meta.url));

export interface Step {
  command: string[];
  cwd: string;
  env?: NodeJS.ProcessEnv;
}

function scripts(): Record<string, string> {
  const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { scripts?: Record<string, string> };
  return manifest.scripts ?? {};
}

export function hasNormalizer(): boolean {
  return existsSync(new URL("../pipeline/cli/main.ts", import.meta.url));
}

export function hasSiteBuild(): boolean {
  return "build:site" in scripts();
}

export function normalizeStep(raw: string, out: string): Step {
  return { command: ["npx", "--no-install", "dossier", "normalize", "--raw", raw, "--out", out], cwd: REPO };
}

/** Builds the site from `corpus` (with `articles/` and `topics.yaml`), search index included. */
export function siteStep(corpus: string, output: string): Step {
  return {
    command: ["npm", "run", "--silent", "build:site", "--", "--output", output],
    cwd: REPO,
    env: { ...process.env, DOSSIER_CORPUS: corpus },
  };
}
