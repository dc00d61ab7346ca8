/**
 * Runs once when the server starts: validates the environment and opens the database, which in
 * embedded mode migrates and seeds it, so the first request does not wait and a second process
 * on the same data folder is refused at start with a clear message.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  try {
    const { env } = await import("./lib/env");
    env();
    const { getDb } = await import("./db/client");
    await getDb();
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}
