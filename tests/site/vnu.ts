/** The Nu Html Checker (npm vnu-jar) over a built site; needs Java. */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const vnu = String(createRequire(import.meta.url)("vnu-jar"));

export interface VnuMessage {
  url: string;
  type: string;
  message: string;
  extract?: string;
}

export function checkHtml(dir: string): VnuMessage[] {
  const run = spawnSync("java", ["-jar", vnu, "--errors-only", "--skip-non-html", "--format", "json", dir], { encoding: "utf8" });
  if (run.error) throw run.error;
  return (JSON.parse(run.stderr) as { messages: VnuMessage[] }).messages;
}
