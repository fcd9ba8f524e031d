/**
 * Writes, once Eleventy has written the rest, the files a large corpus has by
 * the ten thousand or that grow with all of it: every development's page, each
 * named entity's pages, the timeline, the digests, the per-language timelines,
 * the calendars (over 100,000 events at 10,000 articles), the JSON and CSV
 * exports and the sitemap. Eleventy costs far more per page than these take to
 * render, and holds every page it wrote until it exits; here each file is
 * rendered, written and let go. Only the shard's own files.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { developmentPage } from "../developments/development.ts";
import { entityPage } from "../entities/entity.ts";
import { languagePage } from "../timeline/language.ts";
import { timelinePage } from "../timeline/timeline.ts";
import { digestPage } from "../topics/digest.ts";
import { topicArticlesPage } from "../topics/topic-articles.ts";
import { renderCalendar } from "../_exports/calendar.ts";
import { developmentsCsv } from "../_exports/csv.ts";
import { developmentsJson } from "../_exports/developments-json.ts";
import { sitemap } from "../_exports/sitemap.ts";
import type { Dossier } from "../_model/dossier.ts";
import { ownsId, ownsShared } from "./shard.ts";
import type { Shard } from "../../pipeline/model/shards.ts";

// Enough files in flight to keep the disk busy without holding every page in memory.
const BATCH = 64;

interface File {
  /** Site path of the file, e.g. 'developments/<id>/index.html'. */
  path: string;
  render: () => string;
}

/** The files of `shard`, in a fixed order. */
export function manyFiles(dossier: Dossier, shard: Shard): File[] {
  const own = (id: string) => ownsId(shard, id);
  const html = (page: { path: string }, render: () => string) => ({ path: `${page.path}index.html`, render });
  const shared: File[] = [
    ...dossier.timelinePages.map((page) => html(page, () => timelinePage(dossier, page))),
    ...dossier.digestPages.map((page) => html(page, () => digestPage(dossier, page))),
    ...dossier.topicArticlePages.map((page) => html(page, () => topicArticlesPage(dossier, page))),
    ...dossier.languagePages.map((page) => html(page, () => languagePage(dossier, page))),
    ...dossier.calendars.map((calendar) => ({ path: calendar.path, render: () => renderCalendar(dossier, calendar) })),
    { path: "developments.json", render: () => developmentsJson(dossier.developments) },
    { path: "developments.csv", render: () => developmentsCsv(dossier, dossier.developments) },
    { path: "sitemap.xml", render: () => sitemap(dossier) },
  ];
  return [
    ...dossier.developments
      .filter((development) => own(development.id))
      .map((development) => html({ path: dossier.developmentPath(development.id) }, () => developmentPage(dossier, development))),
    ...dossier.entityPages.filter((page) => own(page.entity.id)).map((page) => html(page, () => entityPage(dossier, page))),
    ...(ownsShared(shard) ? shared : []),
  ];
}

export async function writePages(dossier: Dossier, shard: Shard, output: string): Promise<void> {
  const files = manyFiles(dossier, shard);
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
