import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/helpers/temp-folder.ts"],
    // Site and browser tests build real sites; two cores are all CI has.
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
