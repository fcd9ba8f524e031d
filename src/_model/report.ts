/**
 * The normalize report (`dossier normalize --report FILE`) tells the review
 * page which raw files were rejected and why. It is optional.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { parseJson } from "../../pipeline/model/config.ts";
import { messageSchema } from "../../pipeline/model/schema.ts";

const reportSchema = z.object({
  files: z.array(
    z.object({
      raw: z.string(),
      status: z.enum(["normalized", "unchanged", "rejected", "duplicate"]),
      article: z.string().nullable().optional(),
      duplicate_of: z.string().nullable().optional(),
      messages: z.array(messageSchema),
    }),
  ),
});

export type ReportEntry = z.infer<typeof reportSchema>["files"][number];

export function parseReport(text: string, file: string): ReportEntry[] {
  return parseJson(text, file, reportSchema, "report").files;
}

/** A missing report is normal (the site can be built from committed articles alone). */
export function loadReport(file: string): ReportEntry[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return [];
  }
  return parseReport(text, file);
}
