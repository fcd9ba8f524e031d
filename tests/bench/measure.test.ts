import { describe, expect, it } from "vitest";
import { CommandFailed, measure, memoryOf, processTree } from "../../bench/measure.ts";

const node = process.execPath;
// Holds `mb` MiB of touched memory for a while, so the sampler sees it.
const hold = (mb: number) => `const b = Buffer.alloc(${mb} * 1024 * 1024, 1); setTimeout(() => b.length, 400);`;

describe("processTree", () => {
  it("starts at the root process", () => {
    expect(processTree(process.pid)[0]).toBe(process.pid);
  });
});

describe("memoryOf", () => {
  it("reads this process's resident memory, at most its high-water mark", () => {
    const memory = memoryOf(process.pid)!;
    expect(memory.rssKb).toBeGreaterThan(10_000);
    expect(memory.hwmKb).toBeGreaterThanOrEqual(memory.rssKb);
  });

  it("answers undefined for a process that does not exist", () => {
    expect(memoryOf(2 ** 22 + 1)).toBeUndefined();
  });
});

describe("measure", () => {
  it("sees the memory a command touches", async () => {
    const figures = await measure([node, "-e", hold(200)]);
    expect(figures.peakMb).toBeGreaterThan(200);
  });

  it("adds up processes that are alive at the same time", async () => {
    // Parent and child each hold 150 MiB; no single process reaches 300.
    const script = `const { spawnSync } = require("node:child_process"); ${hold(150)} spawnSync(process.execPath, ["-e", ${JSON.stringify(hold(150))}]);`;
    const figures = await measure([node, "-e", script]);
    expect(figures.peakMb).toBeGreaterThan(300);
  });

  it("rejects with the command's output when it fails", async () => {
    await expect(measure([node, "-e", "console.error('broken input'); process.exit(3)"])).rejects.toThrow(CommandFailed);
    await expect(measure([node, "-e", "console.error('broken input'); process.exit(3)"])).rejects.toThrow(/exited with 3:\n.*broken input/);
  });
});
