/**
 * Writes the pages a large corpus has by the ten thousand, once Eleventy has
 * written the rest: every development's page, each named entity's pages and
 * the per-language timelines. Eleventy costs far more per page than these
 * take to render, and holds every page it wrote until it exits.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { developmentPage } from "../developments/development.ts";
import { entityPage } from "../entities/entity.ts";
import { languagePage } from "../timeline/language.ts";
import type { Dossier } from "./dossier.ts";

// Enough files in flight to keep the disk busy without holding every page in memory.
const BATCH = 64;

export async function writePages(dossier: Dossier, output: string): Promise<void> {
  const pages: { path: string; render: () => string }[] = [
    ...dossier.developments.map((development) => ({ path: dossier.developmentPath(development.id), render: () => developmentPage(dossier, development) })),
    ...dossier.entityPages.map((page) => ({ path: page.path, render: () => entityPage(dossier, page) })),
    ...dossier.languagePages.map((page) => ({ path: page.path, render: () => languagePage(dossier, page) })),
  ];
  for (let i = 0; i < pages.length; i += BATCH) {
    await Promise.all(
      pages.slice(i, i + BATCH).map(async ({ path, render }) => {
        const dir = join(output, path);
        await mkdir(dir, { recursive: true });
        await writeFile(join(dir, "index.html"), render());
      }),
    );
  }
}
