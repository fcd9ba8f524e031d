/**
 * Writes the files a large corpus has by the ten thousand, once Eleventy has
 * written the rest: every development's page, each named entity's pages, the
 * per-language timelines and the calendars (over 100,000 events at 10,000
 * articles). Eleventy costs far more per page than these take to render, and
 * holds every page it wrote until it exits. Only the shard's own files.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { developmentPage } from "../developments/development.ts";
import { entityPage } from "../entities/entity.ts";
import { languagePage } from "../timeline/language.ts";
import { renderCalendar } from "./calendar.ts";
import type { Dossier } from "./dossier.ts";
import { ownsId, ownsShared } from "./shard.ts";

// Enough files in flight to keep the disk busy without holding every page in memory.
const BATCH = 64;

interface File {
  /** Site path of the file, e.g. 'developments/<id>/index.html'. */
  path: string;
  render: () => string;
}

/** The files of `dossier.shard`, in a fixed order. */
export function manyFiles(dossier: Dossier): File[] {
  const own = (id: string) => ownsId(dossier.shard, id);
  const shared = ownsShared(dossier.shard);
  return [
    ...dossier.developments
      .filter((development) => own(development.id))
      .map((development) => ({ path: `${dossier.developmentPath(development.id)}index.html`, render: () => developmentPage(dossier, development) })),
    ...dossier.entityPages.filter((page) => own(page.entity.id)).map((page) => ({ path: `${page.path}index.html`, render: () => entityPage(dossier, page) })),
    ...(shared ? dossier.languagePages.map((page) => ({ path: `${page.path}index.html`, render: () => languagePage(dossier, page) })) : []),
    ...(shared ? dossier.calendars.map((calendar) => ({ path: calendar.path, render: () => renderCalendar(dossier, calendar) })) : []),
  ];
}

export async function writePages(dossier: Dossier, output: string): Promise<void> {
  const files = manyFiles(dossier);
  for (let i = 0; i < files.length; i += BATCH) {
    await Promise.all(
      files.slice(i, i + BATCH).map(async ({ path, render }) => {
        const file = join(output, path);
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, render());
      }),
    );
  }
}
