/**
 * Who and where recur in a digest: the entities of `corpus/entities.yaml` that
 * a topic's developments name, by kind, counted once per development.
 */
import { compareText } from "../../pipeline/model/compare.ts";
import type { MergedDevelopment } from "../../pipeline/model/developments.ts";
import type { EntityTable, Kind } from "../../pipeline/model/entities.ts";

const GROUPS: [string, Kind[]][] = [
  ["People", ["person"]],
  ["Places", ["city", "country", "region"]],
  ["Organisations", ["organisation"]],
  ["Agreements", ["agreement"]],
];

export interface Recurring {
  id: string;
  name: string;
  /** Developments that name it. */
  count: number;
}

export interface NameGroup {
  label: string;
  names: Recurring[];
}

/** Entities named by at least two developments, most named first, by group; empty groups left out. */
export function recurringNames(developments: MergedDevelopment[], table: EntityTable, limit = 10): NameGroup[] {
  const counts = new Map<string, number>();
  for (const development of developments) for (const id of new Set(development.entities)) counts.set(id, (counts.get(id) ?? 0) + 1);
  const entities = new Map(table.entities.map((entity) => [entity.id, entity]));
  return GROUPS.map(([label, kinds]) => ({
    label,
    names: [...counts]
      .filter(([id, n]) => n >= 2 && kinds.includes(entities.get(id)?.kind as Kind))
      .sort(([a, x], [b, y]) => y - x || compareText(a, b))
      .slice(0, limit)
      .map(([id, count]) => ({ id, name: entities.get(id)!.names[0]!, count })),
  })).filter((group) => group.names.length > 0);
}

/** An entity as its page shows it: the first of its names, and how often the developments name it. */
export interface NamedEntity {
  id: string;
  kind: Kind;
  name: string;
  /** Developments that name it. */
  count: number;
}

/** Entities the developments name, most named first; those the corpus never names get no page. */
export function namedEntities(developments: MergedDevelopment[], table: EntityTable): NamedEntity[] {
  const counts = new Map<string, number>();
  for (const development of developments) for (const id of new Set(development.entities)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return table.entities
    .filter((entity) => counts.has(entity.id))
    .map((entity) => ({ id: entity.id, kind: entity.kind, name: entity.names[0]!, count: counts.get(entity.id)! }))
    .sort((a, b) => b.count - a.count || compareText(a.id, b.id));
}

/** Entities by group for the index page, each group most named first. */
export function entitiesByGroup(entities: NamedEntity[]): { label: string; entities: NamedEntity[] }[] {
  return GROUPS.map(([label, kinds]) => ({ label, entities: entities.filter((entity) => kinds.includes(entity.kind)) })).filter(
    (group) => group.entities.length > 0,
  );
}

export interface Companion {
  id: string;
  /** Developments that name both. */
  count: number;
}

/** The entities named most often in the same developments as `id`, most shared first. */
export function companions(id: string, developments: MergedDevelopment[], limit = 10): Companion[] {
  const counts = new Map<string, number>();
  for (const development of developments) {
    for (const other of new Set(development.entities)) if (other !== id) counts.set(other, (counts.get(other) ?? 0) + 1);
  }
  return [...counts]
    .sort(([a, x], [b, y]) => y - x || compareText(a, b))
    .slice(0, limit)
    .map(([other, count]) => ({ id: other, count }));
}
