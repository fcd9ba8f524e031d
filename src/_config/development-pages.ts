/** Writes every development's page into the output folder once Eleventy has written the rest. */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { developmentPage } from "../developments/development.ts";
import type { Dossier } from "./dossier.ts";

// Enough files in flight to keep the disk busy without holding every page in memory.
const BATCH = 64;

export async function writeDevelopmentPages(dossier: Dossier, output: string): Promise<void> {
  const { developments } = dossier;
  for (let i = 0; i < developments.length; i += BATCH) {
    await Promise.all(
      developments.slice(i, i + BATCH).map(async (development) => {
        const dir = join(output, dossier.developmentPath(development.id));
        await mkdir(dir, { recursive: true });
        await writeFile(join(dir, "index.html"), developmentPage(dossier, development));
      }),
    );
  }
}
