/** Files the pipeline and the site read (topics, entities in YAML; developments, the report, site metadata in JSON), checked against a schema at the edge. */
import { parse } from "yaml";
import type { z } from "zod";
import { DossierError } from "./errors.ts";
import { issueText } from "./schema.ts";

/** The file's data as the schema gives it; malformed YAML or the first schema problem is a `<kind>:yaml` or `<kind>:schema` error naming the file. */
export function parseConfig<T extends z.ZodType>(text: string, file: string, schema: T, kind: string): z.output<T> {
  let data: unknown;
  try {
    data = parse(text);
  } catch (cause) {
    throw new DossierError(file, `${kind}:yaml`, `not valid YAML: ${(cause as Error).message}`, { cause });
  }
  return checked(data, file, schema, kind);
}

function checked<T extends z.ZodType>(data: unknown, file: string, schema: T, kind: string): z.output<T> {
  const result = schema.safeParse(data);
  if (!result.success) throw new DossierError(file, `${kind}:schema`, issueText(result.error.issues[0]!, "file"));
  return result.data;
}

/** The file's data as the schema gives it; text that is no JSON or the first schema problem is a `<kind>:json` or `<kind>:schema` error naming the file. */
export function parseJson<T extends z.ZodType>(text: string, file: string, schema: T, kind: string): z.output<T> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new DossierError(file, `${kind}:json`, "not valid JSON", { cause });
  }
  return checked(data, file, schema, kind);
}
