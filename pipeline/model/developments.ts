/**
 * The merged developments file (`corpus/developments.json`): the contract
 * between the pipeline, which merges every article's developments into it,
 * and the site, which reads and shows it.
 */
import { z } from "zod";
import { parseJson } from "./config.ts";
import { DossierError } from "./errors.ts";
import { issueText, precisionSchema } from "./schema.ts";

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a lower-case slug");
const anyPrecisionDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "expected 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'");

/** One article that reports a development. */
export const developmentSourceSchema = z
  .object({
    article: slug,
    title: z.string().min(1),
    source: z.string().min(1).nullable(),
    url: z.string().nullable(),
    /** The sentence as this article words it. */
    text: z.string().min(1),
    /** Set when this article could not date the event itself ("le 12 mai", no year): the article whose date it took. */
    date_from: slug.optional(),
  })
  .strict();

/** A dated event with every article that reports it: what feeds, digests and the timeline show. */
export const mergedDevelopmentSchema = z
  .object({
    /** Opaque and stable: fixed when the development first appears, then carried forward; the feed GUID. */
    id: z.string().regex(/^dev-[0-9a-f]{16}$/, "expected 'dev-' and 16 hex digits"),
    date: anyPrecisionDate,
    precision: precisionSchema,
    end: anyPrecisionDate.optional(),
    text: z.string().min(1),
    topics: z.array(z.string()),
    background: z.boolean(),
    sources: z.array(developmentSourceSchema).min(1),
    /** The article whose sentence gives `date`. */
    date_from: slug,
    /** Ids from `corpus/entities.yaml` named by any source, in order of first mention. */
    entities: z.array(slug),
  })
  .strict();

export const developmentsFileSchema = z
  .object({
    /** Hash of the file as written, so a hand edit is noticed. */
    output_sha256: z.string().regex(/^[0-9a-f]{64}$/),
    /** Newest first. */
    developments: z.array(mergedDevelopmentSchema),
  })
  .strict();

export type DevelopmentSource = z.infer<typeof developmentSourceSchema>;
export type MergedDevelopment = z.infer<typeof mergedDevelopmentSchema>;

/** The developments of a developments file; throws a `DossierError` naming the file when it is not one. */
export function parseDevelopments(text: string, file: string): MergedDevelopment[] {
  return parseJson(text, file, developmentsFileSchema, "developments").developments;
}

/** `parseDevelopments` for a file read a development at a time: each checked against the schema, the first problem named as the whole file's would be. */
export function parseDevelopmentItems(items: unknown[], file: string): MergedDevelopment[] {
  return items.map((item, at) => {
    const result = mergedDevelopmentSchema.safeParse(item);
    if (result.success) return result.data;
    const issue = result.error.issues[0]!;
    throw new DossierError(file, "developments:schema", issueText({ ...issue, path: ["developments", at, ...issue.path] }, "file"));
  });
}
