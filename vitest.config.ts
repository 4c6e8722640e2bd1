import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'integrations/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    // Pinned so number formatting and dates never depend on the machine.
    env: { TZ: 'UTC', LANG: 'en_US.UTF-8' },
  },
});
