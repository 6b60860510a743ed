import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    // Integration tests spawn the CLI and build sites; give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 300_000,
    globalSetup: ["tests/support/global-setup.ts"],
  },
});
