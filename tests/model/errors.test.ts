import { writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { systemReason } from "../../pipeline/model/errors.ts";

const thrown = (action: () => void) => {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error("expected a failure");
};

describe("systemReason", () => {
  it("gives the system's code and words for a failed file operation", () => {
    expect(systemReason(thrown(() => writeFileSync("/dev/full", "x")))).toBe("ENOSPC: no space left on device");
    expect(systemReason(thrown(() => writeFileSync("/nonexistent-folder/file", "x")))).toBe("ENOENT: no such file or directory");
  });

  it("falls back to the message of any other error", () => {
    expect(systemReason(new Error("broken"))).toBe("broken");
  });
});
