import { describe, expect, it } from "vitest";
import { withoutControls, withoutControlsIn } from "../../pipeline/model/controls.ts";

describe("withoutControls", () => {
  it("drops control characters XML forbids and keeps tab, newline and text", () => expect(withoutControls("a\u0000b\u0008c\u000Bd\te\nf\uFFFEg")).toBe("abcd\te\nfg"));
  it("drops lone surrogates but keeps pairs", () => expect(withoutControls("\uD800x😀")).toBe("x😀"));
  it("judges a surrogate lone by the text as given: a control between two halves leaves neither", () => {
    expect(withoutControls("\uD800\u0001\uDC00 and \uD800\uD800\uDC00 and \uDC00\uD83D\uDE00")).toBe(" and \uD800\uDC00 and \uD83D\uDE00");
  });
  it("drops escape sequences' ESC, DEL and C1 controls, and keeps accented letters", () => expect(withoutControls("Bad\u001b[31m ti\u007Ftle\u0085 é")).toBe("Bad[31m title é"));
});

describe("withoutControlsIn", () => {
  it("cleans every string of nested arrays and objects and leaves other values as they are", () => {
    const value = { title: "T\u0001", authors: ["A\u001b"], developments: [{ text: "x\u0002", precision: "day", background: true }], published: null, n: 3 };
    expect(withoutControlsIn(value)).toEqual({ title: "T", authors: ["A"], developments: [{ text: "x", precision: "day", background: true }], published: null, n: 3 });
  });
});
