import { defineConfig } from "drizzle-kit";

// Generation only: migrations are applied by scripts/migrate.ts (and on start in embedded mode),
// never by `drizzle-kit migrate`, so that a failing statement prints its real SQL error.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./drizzle",
  casing: "snake_case",
});
