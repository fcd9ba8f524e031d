/** Builds the site from a corpus into a fresh temporary directory, with `npm run build:site`'s script. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

export const FIXTURE_CORPUS = "tests/fixtures/site-corpus";

export interface BuildOptions {
  corpus: string;
  report?: string;
  baseUrl?: string;
  env?: Record<string, string>;
}

export function buildSite(options: BuildOptions, output = mkdtempSync(join(tmpdir(), "dossier-site-"))): string {
  const env = {
    ...process.env,
    DOSSIER_CORPUS: options.corpus,
    DOSSIER_REPORT: options.report ?? join(options.corpus, "report.json"),
    DOSSIER_BASE_URL: options.baseUrl ?? "",
    ...options.env,
  };
  execFileSync(process.execPath, ["bin/build-site.js", "--output", output], { env, stdio: "pipe" });
  return output;
}

/** Every file under a directory, as paths relative to it, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out.sort();
}

export function read(dir: string, path: string): string {
  return readFileSync(join(dir, path), "utf8");
}
