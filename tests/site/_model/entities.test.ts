import { describe, expect, it } from "vitest";
import type { MergedDevelopment } from "../../../pipeline/model/developments.ts";
import type { EntityTable } from "../../../pipeline/model/entities.ts";
import { companions, entitiesByGroup, namedEntities, recurringNames } from "../../../src/_model/entities.ts";

const table: EntityTable = {
  merge: { actors: ["person"], participants: [], places: ["city"], similarity: 0.5 },
  entities: [
    { id: "haibatullah-akhundzada", kind: "person", names: ["Haibatullah Akhundzada", "Hibatullah"] },
    { id: "kandahar", kind: "city", names: ["Kandahar"] },
    { id: "qatar", kind: "country", names: ["Qatar"] },
    { id: "united-nations", kind: "organisation", names: ["United Nations", "UN"] },
  ],
};

const dev = (id: string, entities: string[]) => ({ id, entities }) as MergedDevelopment;

describe("recurringNames", () => {
  it("groups entities named by two developments or more, most named first, by their first name", () => {
    const groups = recurringNames([dev("a", ["kandahar", "haibatullah-akhundzada", "qatar"]), dev("b", ["kandahar", "haibatullah-akhundzada", "kandahar"]), dev("c", ["kandahar", "united-nations"])], table);
    expect(groups).toEqual([
      { label: "People", names: [{ id: "haibatullah-akhundzada", name: "Haibatullah Akhundzada", count: 2 }] },
      { label: "Places", names: [{ id: "kandahar", name: "Kandahar", count: 3 }] },
    ]);
  });
  it("ignores ids the table does not know", () => expect(recurringNames([dev("a", ["ghost"]), dev("b", ["ghost"])], table)).toEqual([]));
});

describe("namedEntities", () => {
  it("keeps only the entities a development names, most named first, each counted once per development", () => {
    const named = namedEntities([dev("1", ["kandahar", "kandahar", "haibatullah-akhundzada"]), dev("2", ["kandahar"])], table);
    expect(named.map((e) => [e.id, e.name, e.count])).toEqual([["kandahar", "Kandahar", 2], ["haibatullah-akhundzada", "Haibatullah Akhundzada", 1]]);
    expect(entitiesByGroup(named).map((g) => g.label)).toEqual(["People", "Places"]);
  });
});

describe("companions", () => {
  it("counts the other entities of the same developments, most shared first, never the entity itself", () => {
    const developments = [dev("1", ["a", "b", "c"]), dev("2", ["a", "c"]), dev("3", ["a", "c", "c"])];
    expect(companions("a", developments)).toEqual([{ id: "c", count: 3 }, { id: "b", count: 1 }]);
    expect(companions("a", developments, 1)).toEqual([{ id: "c", count: 3 }]);
  });
});
