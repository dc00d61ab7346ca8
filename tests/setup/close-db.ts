import { afterAll } from "vitest";
import { closeDb } from "@/db/client";

// Ends the pool (or PGlite) so the worker exits cleanly and the test database can be dropped.
afterAll(async () => {
  await closeDb();
});
