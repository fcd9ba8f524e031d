import { describe, expect, it } from "vitest";
import { createRng, streamSeed } from "../../bench/prng.ts";

const draws = (seed: number, count: number) => {
  const rng = createRng(seed);
  return Array.from({ length: count }, () => rng.next());
};

describe("createRng", () => {
  it("repeats its sequence for the same seed", () => {
    expect(draws(7, 20)).toEqual(draws(7, 20));
  });

  it("gives a different sequence for another seed", () => {
    expect(draws(7, 20)).not.toEqual(draws(8, 20));
  });

  it("keeps int() within both bounds and reaches each", () => {
    const rng = createRng(1);
    const seen = new Set(Array.from({ length: 500 }, () => rng.int(3, 6)));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it("draws weighted keys in proportion", () => {
    const rng = createRng(2);
    const counts = { a: 0, b: 0 };
    for (let i = 0; i < 4000; i++) counts[rng.weighted({ a: 3, b: 1 }) as "a" | "b"]++;
    expect(counts.a / 4000).toBeGreaterThan(0.72);
    expect(counts.a / 4000).toBeLessThan(0.78);
  });

  it("refuses to pick from an empty list", () => {
    expect(() => createRng(3).pick([])).toThrow(RangeError);
  });
});

describe("streamSeed", () => {
  it("gives neighbouring indexes unrelated seeds", () => {
    const seeds = new Set(Array.from({ length: 1000 }, (_, i) => streamSeed(42, i)));
    expect(seeds.size).toBe(1000);
    expect(streamSeed(42, 0)).not.toBe(streamSeed(43, 0));
  });
});
