import { describe, expect, it } from "vitest";
import { memoByText } from "../../../pipeline/article/text/memo.ts";

function counted(limit: number) {
  const calls: string[] = [];
  const remembered = memoByText(limit, (text) => (calls.push(text), text.length));
  return { calls, remembered };
}

describe("memoByText", () => {
  it("computes a text's answer once", () => {
    const { calls, remembered } = counted(10);
    expect([remembered("May 5, 2023"), remembered("May 5, 2023")]).toEqual([11, 11]);
    expect(calls).toEqual(["May 5, 2023"]);
  });
  it("remembers falsy answers too", () => {
    const calls: string[] = [];
    const remembered = memoByText(10, (text) => (calls.push(text), false));
    remembered("Share this");
    remembered("Share this");
    expect(calls).toEqual(["Share this"]);
  });
  it("forgets everything at the limit, then computes again", () => {
    const { calls, remembered } = counted(2);
    for (const text of ["a", "b", "c", "a"]) remembered(text);
    expect(calls).toEqual(["a", "b", "c", "a"]);
  });
});

describe("memoByText with undefined answers", () => {
  it("remembers an undefined answer as well", () => {
    const calls: string[] = [];
    const remembered = memoByText<undefined>(10, (text) => void calls.push(text));
    remembered("x");
    remembered("x");
    expect(calls).toEqual(["x"]);
  });
});
