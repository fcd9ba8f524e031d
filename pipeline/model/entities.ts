/** The alias table of people, places and organisations, read from `corpus/entities.yaml`. */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { slugSchema } from "./schema.ts";
import { parseConfig } from "./config.ts";
import { DossierError } from "./errors.ts";
import { aliasKey } from "./alias.ts";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected 'YYYY-MM-DD'");
const name = z.string().trim().min(1);

export const kindSchema = z.enum(["person", "city", "country", "region", "organisation", "agreement"]);

const roleSchema = z
  .object({ names: z.array(name).min(1), from: day, to: day.optional() })
  .strict()
  .refine((role) => !role.to || role.to >= role.from, "a role cannot end before it starts");

const entitySchema = z
  .object({
    id: slugSchema,
    kind: kindSchema,
    names: z.array(name).min(1),
    roles: z.array(roleSchema).optional(),
    /** Words that name the entity by adjective or by its people, per language ("américains", "estadounidenses"). */
    demonyms: z.record(z.string().regex(/^[a-z]{2}$/, "expected an ISO 639-1 code"), z.array(name).min(1)).optional(),
  })
  .strict();

const mergeSchema = z
  .object({
    actors: z.array(kindSchema).min(1),
    participants: z.array(kindSchema).default([]),
    places: z.array(kindSchema),
    similarity: z.number().gt(0).max(1),
    /** The site's language: a report in it leads its development when one does. */
    language: z.string().regex(/^[a-z]{2}$/, "expected an ISO 639-1 code").optional(),
  })
  .strict();

const tableSchema = z.object({ merge: mergeSchema, entities: z.array(entitySchema) }).strict();

export type Kind = z.infer<typeof kindSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type EntityTable = z.infer<typeof tableSchema>;
export type MergeRules = z.infer<typeof mergeSchema>;

/** Every word that names the entity itself: its names and its demonyms in every language. */
export function spellingsOf(entity: Entity): string[] {
  return [...entity.names, ...Object.values(entity.demonyms ?? {}).flat()];
}

/** A name may stand for one entity only; roles may pass from one holder to the next. */
function checkNames(table: EntityTable, file: string): void {
  const owners = new Map<string, string>();
  const ids = new Set<string>();
  for (const entity of table.entities) {
    if (ids.has(entity.id)) throw new DossierError(file, "entities:duplicate", `entity id '${entity.id}' appears twice`);
    ids.add(entity.id);
    for (const spelling of spellingsOf(entity)) {
      const owner = owners.get(aliasKey(spelling));
      if (owner && owner !== entity.id) {
        throw new DossierError(file, "entities:ambiguous", `the name '${spelling}' is given to both '${owner}' and '${entity.id}'`);
      }
      owners.set(aliasKey(spelling), entity.id);
    }
  }
}

export function parseEntities(text: string, file: string): EntityTable {
  const data = parseConfig(text, file, tableSchema, "entities");
  checkNames(data, file);
  return data;
}

export function loadEntities(file: string): EntityTable {
  return parseEntities(readFileSync(file, "utf8"), file);
}

/** A table that knows no one: merging then finds no shared people or places. */
export const NO_ENTITIES: EntityTable = { merge: { actors: ["person"], participants: [], places: ["city"], similarity: 0.5 }, entities: [] };
