import { describe, expect, it } from "vitest";
import type { ArticleRecord } from "../../pipeline/core/types.ts";
import { assignIds } from "../../pipeline/corpus/ids.ts";

const record = (raw: string, title: string, sha: string) =>
  ({ raw, title, published: { date: "2023-06-05", time: null, zone: null, evidence: "" }, raw_sha256: sha.padEnd(64, "0") }) as ArticleRecord;

describe("assignIds", () => {
  it("breaks a clash of titles with the raw file's hash", () => {
    const ids = assignIds([record("a.txt", "Talks in Doha", "aaaa1111"), record("b.txt", "Talks in Doha", "bbbb2222")], new Map());
    expect([...ids.values()]).toEqual(["2023-06-05-talks-in-doha", "2023-06-05-talks-in-doha-bbbb2222"]);
  });

  it("gives exact copies of one raw file ids of their own", () => {
    const copies = ["a.txt", "b.txt", "c.txt"].map((raw) => record(raw, "International", "2317e07c"));
    const ids = [...assignIds(copies, new Map()).values()];
    expect(new Set(ids).size).toBe(3);
    expect(ids).toEqual(["2023-06-05-international", "2023-06-05-international-2317e07c", "2023-06-05-international-2317e07c-2"]);
  });

  it("does not hand out an id an earlier run wrote for another file", () => {
    const existing = new Map([["old.txt", "2023-06-05-international-2317e07c"], ["first.txt", "2023-06-05-international"]]);
    const ids = assignIds([record("new.txt", "International", "2317e07c")], existing);
    expect(ids.get("new.txt")).toBe("2023-06-05-international-2317e07c-2");
  });
});
