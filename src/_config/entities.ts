/**
 * Who and where recur in a digest: the entities of `corpus/entities.yaml` that
 * a topic's developments name, by kind, counted once per development.
 */
import { compareText } from "../../pipeline/core/compare.ts";
import type { MergedDevelopment } from "../../pipeline/core/developments.ts";
import type { EntityTable, Kind } from "../../pipeline/core/entities.ts";

const GROUPS: [string, Kind[]][] = [
  ["People", ["person"]],
  ["Places", ["city", "country", "region"]],
  ["Organisations", ["organisation"]],
  ["Agreements", ["agreement"]],
];

export interface Recurring {
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
      .map(([id, count]) => ({ name: entities.get(id)!.names[0]!, count })),
  })).filter((group) => group.names.length > 0);
}
