import { describe, expect, it } from "vitest";
import { LEADING_BULLET } from "../../../pipeline/article/text/bullets.ts";

describe("LEADING_BULLET", () => {
  it("takes every list mark off the front of a line, and nothing else", () => {
    for (const mark of ["•", "·", "▪", "◦", "●", "■", "□", "☆", "▸", "*", "+", "-", "–"]) expect(`  ${mark} Politik`.replace(LEADING_BULLET, "")).toBe("Politik");
    expect("Politik – Ausland".replace(LEADING_BULLET, "")).toBe("Politik – Ausland");
    expect("1. Politik".replace(LEADING_BULLET, "")).toBe("1. Politik");
  });
});
