import { describe, expect, it } from "vitest";
import { formatTable, toJson, toJsonText, type SizeResult } from "../../bench/table.ts";

const full: SizeResult = {
  n: 1000,
  cold: { seconds: 2, peakMb: 300.04 },
  warm: { seconds: 0.5, peakMb: 120 },
  addOne: { seconds: 0.8, peakMb: 130 },
  build: { seconds: 6, peakMb: 450 },
  baseline: { seconds: 4, peakMb: 280 },
};
const baselineOnly: SizeResult = { n: 4000, baseline: { seconds: 10, peakMb: 500 } };

describe("toJson", () => {
  it("writes the agreed shape, the normalize peak being the highest of its three runs", () => {
    expect(toJson(full)).toEqual({
      n: 1000,
      normalize: { cold_s: 2, warm_s: 0.5, add_one_s: 0.8, peak_mb: 300 },
      build: { s: 6, peak_mb: 450 },
      baseline: { s: 4, peak_mb: 280 },
      ratio: 1.5,
    });
  });

  it("writes null for steps that did not run, and no ratio without a build", () => {
    expect(toJson(baselineOnly)).toMatchObject({ normalize: null, build: null, ratio: null });
  });
});

describe("toJsonText", () => {
  it("writes one object for one size and an array for several", () => {
    expect(JSON.parse(toJsonText([full]))).toMatchObject({ n: 1000 });
    expect(JSON.parse(toJsonText([full, baselineOnly])).map((r: { n: number }) => r.n)).toEqual([1000, 4000]);
  });
});

describe("formatTable", () => {
  const table = formatTable([full, baselineOnly]);
  const lines = table.trimEnd().split("\n");

  it("has a header and six rows per size", () => {
    expect(lines).toHaveLength(1 + 12);
    expect(lines[0]).toMatch(/^\s*N\s+step\s+wall s\s+articles\/s\s+peak MB$/);
  });

  it("prints throughput from the articles each step went through", () => {
    expect(lines.find((l) => l.includes("normalize cold"))).toMatch(/2\.00\s+500\s+300$/);
    expect(lines.find((l) => l.includes("add one"))).toMatch(/0\.80\s+1251\s+130$/);
  });

  it("prints the ratio of the whole build to bare Eleventy", () => {
    expect(lines.find((l) => l.includes("1000") && l.includes("build / bare"))).toMatch(/1\.50x/);
  });

  it("marks steps that failed as n/a", () => {
    expect(lines.filter((l) => l.startsWith("4000") && l.includes("n/a"))).toHaveLength(5);
  });

  it("aligns every column", () => {
    const measured = lines.filter((l) => !l.includes("/ bare"));
    expect(new Set(measured.map((l) => l.length)).size).toBe(1);
    expect(lines.find((l) => l.includes("/ bare"))!.indexOf("x")).toBe(lines[0]!.indexOf("wall s") + "wall s".length - 1);
  });
});
