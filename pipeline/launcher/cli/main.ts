/** `dossier <command>`: the command table and error reporting; each command lives in its own module. */
import { DossierError } from "../../model/errors.ts";
import type { Launch } from "./launch.ts";


export type Command = (args: string[], launch: Launch) => Promise<number>;

// Each command loads only its own modules: a warm `normalize` never loads the extractors `add` needs.
export const COMMANDS: Record<string, { run: Command; summary: string }> = {
  normalize: { run: async (args, launch) => (await import("./normalize.ts")).normalizeCommand(args, launch), summary: "raw articles → front-matter Markdown" },
  add: { run: async (args, launch) => (await import("./add.ts")).addCommand(args, launch), summary: "add articles from files, standard input or a web address" },
  check: { run: async (args, launch) => (await import("./check.ts")).checkCommand(args, launch), summary: "validate the corpus without writing anything" },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, { summary }]) => `  dossier ${name.padEnd(10)} ${summary}`);
  return ["Usage:", ...lines, "", "Run `dossier <command> --help` for its options."].join("\n");
}

export async function main(argv: string[], launch: Launch): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === "--help" || name === "-h") {
    console.log(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`dossier: unknown command '${name}'\n\n${usage()}`);
    return 2;
  }
  try {
    return await command.run(args, launch);
  } catch (error) {
    // One thrown in a worker thread arrives as a plain Error that kept its name.
    const fromPipeline = error instanceof DossierError || (error as Error).name === "DossierError";
    if (fromPipeline || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      console.error(`dossier ${name}: ${(error as Error).message}`);
      return 2;
    }
    throw error;
  }
}
