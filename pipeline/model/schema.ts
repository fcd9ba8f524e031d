/**
 * The front matter of a generated article: the contract between the pipeline,
 * which checks it before writing, and the site, which checks it when reading.
 */
import { z } from "zod";
import { isRealDate } from "./dates.ts";
import { fitsPath, MAX_SLUG_BYTES } from "./slug.ts";

// A date must be one of the calendar: no "0000-00-00", "2023-02-30" or "2023-13-45".
const isCalendarDate = (value: string) => {
  const [year, month, day] = value.split("-").map(Number);
  return isRealDate(year!, month ?? 1, day ?? 1);
};
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected 'YYYY-MM-DD'").refine(isCalendarDate, "not a date of the calendar");
/** An id that may become a path: a lower-case slug within the length a file name allows. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a lower-case slug")
  .refine(fitsPath, `expected at most ${MAX_SLUG_BYTES} bytes`);
const anyPrecisionDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "expected 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'")
  .refine(isCalendarDate, "not a date of the calendar");

export const precisionSchema = z.enum(["day", "month", "year"]);

export const developmentSchema = z.object({
  date: anyPrecisionDate,
  precision: precisionSchema,
  text: z.string().min(1),
  /** Last day of a range ("on June 29 and 30, 2022"), same format as `date`. */
  end: anyPrecisionDate.optional(),
  /** A date mentioned in passing ("since the Taliban took power in August 2021"). */
  background: z.boolean().optional(),
  /** Ids from `corpus/entities.yaml` of the people and places of the event; when absent they are found in `text`. */
  entities: z.array(slugSchema).optional(),
});

/**
 * A development the article alone cannot date: a day or month without a year
 * ("le 12 mai") or a relative date ("le mois dernier") in an undated article.
 * It joins the timeline only when another article dates the same event.
 */
export const unresolvedSchema = z
  .object({
    text: z.string().min(1),
    /** The words that give the date, as written. */
    expression: z.string().min(1),
    /** Month and day the text states, when it states them. */
    month: z.number().int().min(1).max(12).optional(),
    day: z.number().int().min(1).max(31).optional(),
    /** Last day of a year-less range ("les 29 et 30 juin"). */
    end_day: z.number().int().min(1).max(31).optional(),
    background: z.boolean().optional(),
    entities: z.array(slugSchema).optional(),
  })
  .refine((u) => u.day === undefined || u.month !== undefined, "a day needs its month");

/** A `Message` (`core/messages.ts`). */
export const messageSchema = z.object({
  file: z.string(),
  rule: z.string(),
  reason: z.string(),
  fatal: z.boolean(),
  line: z.number().int().positive().optional(),
});

/** An article's own messages: the file they are about is the article. */
const articleMessageSchema = messageSchema.omit({ file: true });

export const frontMatterSchema = z.object({
  id: slugSchema,
  title: z.string().min(1),
  title_derived: z.boolean(),
  published: day.nullable(),
  published_time: z.string().regex(/^\d{2}:\d{2}$/, "expected 'HH:mm'").nullable(),
  /** IANA zone or UTC offset printed with the time; null when none was printed. */
  published_zone: z.string().nullable(),
  date_evidence: z.string().nullable(),
  authors: z.array(z.string().min(1)),
  source: z.string().min(1).nullable(),
  /** Any URL reads back, so the site guards links itself; the pipeline only ever writes http(s) (see overrides). */
  url: z.url().nullable(),
  language: z.string().regex(/^[a-z]{2}$/, "expected an ISO 639-1 code"),
  topics: z.array(z.string()),
  summary: z.string(),
  developments: z.array(developmentSchema),
  unresolved: z.array(unresolvedSchema).optional(),
  duplicate_of: z.string().optional(),
  raw: z.string().startsWith("corpus/raw/"),
  raw_sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Warnings the pipeline raised for this article, for review. */
  messages: z.array(articleMessageSchema),
  /** Hash of the file as written, so hand edits are noticed. */
  output_sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;
export type Development = z.infer<typeof developmentSchema>;
export type Unresolved = z.infer<typeof unresolvedSchema>;

/** Keys a raw file may set in its own front matter to correct extraction. */
export const overridesSchema = z
  .object({
    title: z.string().min(1),
    published: z.union([day, z.null()]),
    authors: z.array(z.string().min(1)),
    source: z.string().min(1),
    url: z.url({ protocol: /^https?$/ }),
    language: z.string().regex(/^[a-z]{2}$/),
    topics: z.array(z.string()),
    /** Replace the extracted lists, e.g. to fix a date or drop a sentence. */
    developments: z.array(developmentSchema),
    unresolved: z.array(unresolvedSchema),
  })
  .partial()
  .strict();

export type Overrides = z.infer<typeof overridesSchema>;
export const OVERRIDE_KEYS = Object.keys(overridesSchema.shape) as (keyof Overrides)[];

/** One schema problem as text: the field that failed (`whole` when it is the value itself) and why. */
export function issueText(issue: z.core.$ZodIssue, whole: string): string {
  return `${issue.path.join(".") || whole}: ${issue.message}`;
}
