import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Integration test files share one broker and one database server; files run in parallel
    // but each uses its own topic, group and database.
    pool: 'forks',
    globalSetup: ['test/setup/global.ts'],
  },
});
