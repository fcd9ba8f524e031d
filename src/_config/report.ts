/**
 * The normalize report (`dossier normalize --report FILE`) tells the review
 * page which raw files were rejected and why. It is optional.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { issueText, messageSchema } from "../../pipeline/core/schema.ts";
import { DossierError } from "../../pipeline/core/errors.ts";

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
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new DossierError(file, "report:json", "not valid JSON", { cause });
  }
  const result = reportSchema.safeParse(data);
  if (!result.success) {
    throw new DossierError(file, "report:schema", issueText(result.error.issues[0]!, "file"));
  }
  return result.data.files;
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
