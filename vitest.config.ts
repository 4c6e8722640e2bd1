import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'integrations/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    // Pinned so number formatting and dates never depend on the machine.
    env: { TZ: 'UTC', LANG: 'en_US.UTF-8' },
    // The first test to prepare the locator map reads its geodata (world-atlas and GeoNames' cities),
    // 1-2 s on a quiet machine but over vitest's 5 s default on a busy one; a real hang still fails.
    testTimeout: 20_000,
  },
});
