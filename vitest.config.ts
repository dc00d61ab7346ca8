import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

/**
 * Three projects: pure unit tests, and the same integration files against both database
 * drivers the app supports (a real Postgres, and the embedded PGlite it runs on by default).
 * Integration projects run one file at a time, each in its own group: the Postgres project
 * shares one database between files, and two cores are shared by everything on this machine.
 */
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // `server-only` throws outside React's server condition; the modules it guards are
      // exactly the ones these tests exercise on the server side.
      { find: /^server-only$/, replacement: path.join(root, "tests/setup/empty.ts") },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: "integration-pg",
          include: ["tests/integration/**/*.test.ts"],
          // The data-folder lock is PGlite's concern and needs no Postgres: one run is enough.
          exclude: ["tests/integration/lock.test.ts"],
          environment: "node",
          globalSetup: ["tests/setup/global-pg.ts"],
          setupFiles: ["tests/setup/env-pg.ts", "tests/setup/close-db.ts"],
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: "integration-pglite",
          include: ["tests/integration/**/*.test.ts"],
          // Two database roles exist only on a real Postgres; the embedded database keeps one.
          exclude: ["tests/integration/db-roles.test.ts"],
          environment: "node",
          setupFiles: ["tests/setup/env-pglite.ts", "tests/setup/close-db.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
