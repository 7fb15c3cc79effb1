import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    // Tests that run the built CLI need dist/: globalSetup builds it once per run.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 20_000,
  },
});
