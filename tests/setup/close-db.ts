import { afterAll } from "vitest";
import { closeDb } from "@/lib/db/connection";

// Ends the pool (or PGlite) so the worker exits cleanly and the test database can be dropped.
afterAll(async () => {
  await closeDb();
});
