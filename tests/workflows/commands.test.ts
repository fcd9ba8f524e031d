import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../pipeline/launcher/cli/main.ts";
import { allSteps, root } from "../helpers/workflows.ts";

const scriptTable = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
const scripts = Object.keys(scriptTable);
const shellText = [
  ...allSteps().flatMap((step) => step.run ?? []),
  readFileSync(join(root, ".ci/run"), "utf8"),
  ...Object.values(scriptTable),
].join("\n");

/** `npm run x`, `npm run-script x`, `npm test` and `npm t`, as npm reads them. */
function npmScriptsCalled(text: string): string[] {
  const named = [...text.matchAll(/\bnpm (?:run|run-script) ([\w:.-]+)/g)].map((match) => match[1]!);
  const tests = [...text.matchAll(/\bnpm (?:test|t)\b/g)].map(() => "test");
  return [...new Set([...named, ...tests])].sort();
}

function dossierCommandsCalled(text: string): string[] {
  return [...new Set([...text.matchAll(/\bnpx dossier ([\w-]+)/g)].map((match) => match[1]!))].sort();
}

/** `dossier x` run bare, which only works where the package is installed globally. */
const bareDossier = (command: string) => /(^|[;&|]\s*)dossier\b/.test(command.trim());

describe("commands the workflows and the CI script call", () => {
  it("are read from every form npm accepts", () => {
    expect(npmScriptsCalled("npm run build && npm run-script lint:x\nnpm test -- --reporter=dot\nnpm t")).toEqual(["build", "lint:x", "test"]);
    expect(dossierCommandsCalled("npx dossier check\nnpx dossier add -")).toEqual(["add", "check"]);
  });

  it("include only npm scripts that package.json defines", () => {
    const called = npmScriptsCalled(shellText);
    expect(called).toEqual(expect.arrayContaining(["build", "normalize", "test", "typecheck"]));
    expect(called.filter((name) => !scripts.includes(name))).toEqual([]);
  });

  it("call the dossier CLI through npx in npm scripts, since npm puts no package's own bin on its PATH", () => {
    expect(Object.entries(scriptTable).filter(([, command]) => bareDossier(command))).toEqual([]);
    expect(bareDossier("dossier normalize && npm run build:site")).toBe(true);
    expect(bareDossier("npx dossier normalize")).toBe(false);
  });

  it("include only dossier commands the CLI has", () => {
    const called = dossierCommandsCalled(shellText);
    expect(called).toContain("check");
    expect(called.filter((name) => !(name in COMMANDS))).toEqual([]);
  });
});
