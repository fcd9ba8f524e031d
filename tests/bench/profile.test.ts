import { describe, expect, it } from "vitest";
import { formatFrames, selfTimes, type CpuProfile } from "../../bench/profile.ts";

const frame = (id: number, functionName: string, url: string) => ({ id, callFrame: { functionName, url, lineNumber: 9 } });

// Two project functions, one dependency and native time; deltas in microseconds.
const profile: CpuProfile = {
  nodes: [
    frame(1, "", ""),
    frame(2, "isDateLine", "file:///repo/pipeline/dates/line.ts"),
    frame(3, "parse", "file:///repo/node_modules/chrono-node/dist/esm/chrono.js"),
    frame(4, "cleanBlocks", "file:///repo/pipeline/clean/blocks.ts"),
    frame(5, "runMatch", "file:///repo/node_modules/compromise/src/1-one/match/index.js"),
  ],
  samples: [2, 3, 3, 4, 1, 5],
  timeDeltas: [1000, 3000, 3000, 2000, 500, 500],
};

describe("selfTimes", () => {
  it("adds up self time per function, largest first, with shares of the whole", () => {
    const frames = selfTimes(profile, "function");
    expect(frames[0]).toEqual({ name: "parse ~/chrono-node/dist/esm/chrono.js:10", ms: 6, share: 0.6 });
    expect(frames.map((f) => f.name)).toContain("isDateLine pipeline/dates/line.ts:10");
  });

  it("groups by file, keeping a dependency's own src folder under its package", () => {
    const names = selfTimes(profile, "file").map((f) => f.name);
    expect(names).toEqual(["~/chrono-node/dist/esm/chrono.js", "pipeline/clean/blocks.ts", "pipeline/dates/line.ts", "(native)", "~/compromise/src/1-one/match/index.js"]);
  });
});

describe("formatFrames", () => {
  it("prints the top frames with milliseconds and percentages", () => {
    expect(formatFrames(selfTimes(profile, "file"), 2)).toBe("      6 ms  60.0%  ~/chrono-node/dist/esm/chrono.js\n      2 ms  20.0%  pipeline/clean/blocks.ts");
  });
});
