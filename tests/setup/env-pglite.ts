// Runs before the test file imports anything: lib/env.ts caches what it reads first.
// Each test file gets its own in-memory PGlite (getDb() is module state; vitest isolates files),
// migrated and seeded on open exactly as the app's embedded mode does.
delete process.env.DATABASE_URL;
process.env.DATA_DIR = "memory://";
