import { inject } from "vitest";

// Runs before the test file imports anything: lib/env.ts caches what it reads first.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET = inject("nextauthSecret");
delete process.env.DATA_DIR;
