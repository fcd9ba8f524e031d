/** The project's own commands the benchmark times, as `npm run build` runs them. */
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = fileURLToPath(new URL("..", import.meta.url));

// Inside the project (and git-ignored), where a user's corpus lives: on some
// machines the system temp folder sits on a much slower file system.
export const WORK_DIR = join(REPO, ".cache", "bench");

export interface Step {
  command: string[];
  cwd: string;
  env?: NodeJS.ProcessEnv;
}

// Node itself rather than `npx dossier`, as `npm run build` calls it; npx would add its own start-up.
export function normalizeStep(raw: string, out: string): Step {
  return { command: [process.execPath, "bin/dossier.js", "normalize", "--raw", raw, "--out", out], cwd: REPO };
}

/**
 * Everything `npm run build` does on a corpus (`raw/`, `articles/`, `topics.yaml`):
 * normalize, then the site and its search index into `output`.
 */
export function buildStep(corpus: string, output: string): Step {
  const node = JSON.stringify(process.execPath);
  const script = `${node} bin/dossier.js normalize --raw "$1/raw" --out "$1/articles" --report "$1/report.json" --allow-rejected && ${node} bin/build-site.js --output "$2"`;
  return {
    command: ["sh", "-c", script, "build", corpus, output],
    cwd: REPO,
    env: { ...process.env, DOSSIER_CORPUS: corpus, DOSSIER_REPORT: join(corpus, "report.json") },
  };
}
