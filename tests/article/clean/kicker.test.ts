import { describe, expect, it } from "vitest";
import { isKickerLabel } from "../../../pipeline/article/clean/kicker.ts";

describe("isKickerLabel", () => {
  it.each(["EXCLUSIVE", "Exclusive", "ANALYSIS:", "Breaking News", "EXCLUSIF", "Exklusiv", "Eilmeldung", "Última hora", "En direct"])("takes %s for a kicker", (line) => {
    expect(isKickerLabel(line)).toBe(true);
  });

  it.each(["Doha meeting", "TALIBAN MEET US ENVOY IN DOHA", "Analysis of the Doha talks"])("does not take %s for a kicker", (line) => {
    expect(isKickerLabel(line)).toBe(false);
  });
});
