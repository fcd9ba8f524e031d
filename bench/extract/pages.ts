/** What a normalize run made of each raw file, read from its report and the articles it wrote. */
import { existsSync, readFileSync } from "node:fs";
import { parse, resolve } from "node:path";
import { DossierError } from "../../pipeline/model/errors.ts";
import { readFrontMatter } from "../../pipeline/model/front-matter.ts";
import type { FileReport } from "../../pipeline/corpus/run.ts";
import type { Page } from "./score.ts";

export type ReportedFile = Pick<FileReport, "raw" | "status" | "article">;

/** The raw file's name without folder and extension, as labels name pages. */
export const pageId = (raw: string): string => parse(raw).name;

function frontMatterOf(file: string): Record<string, unknown> {
  // Rejected files have no article; a report may also outlive the articles it names.
  if (!existsSync(file)) return {};
  let data: unknown;
  try {
    data = readFrontMatter(readFileSync(file, "utf8")).data;
  } catch (cause) {
    throw new DossierError(file, "bench:article", `has front matter that cannot be read (${(cause as Error).message.split("\n")[0]})`, { cause });
  }
  return typeof data === "object" && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

/**
 * Each reported raw file's page, by id; article paths are taken from `base`,
 * the folder normalize ran in. Of two raw files with one id, the later wins.
 */
export function readPages(files: ReportedFile[], base: string): Map<string, Page> {
  return new Map(
    files.map((file) => [pageId(file.raw), { status: file.status, fields: file.article ? frontMatterOf(resolve(base, file.article)) : {} }]),
  );
}
