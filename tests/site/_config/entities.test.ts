import { describe, expect, it } from "vitest";
import type { MergedDevelopment } from "../../../pipeline/core/developments.ts";
import type { EntityTable } from "../../../pipeline/core/entities.ts";
import { recurringNames } from "../../../src/_config/entities.ts";

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
      { label: "People", names: [{ name: "Haibatullah Akhundzada", count: 2 }] },
      { label: "Places", names: [{ name: "Kandahar", count: 3 }] },
    ]);
  });
  it("ignores ids the table does not know", () => expect(recurringNames([dev("a", ["ghost"]), dev("b", ["ghost"])], table)).toEqual([]));
});
