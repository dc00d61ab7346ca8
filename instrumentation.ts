/** Runs once when the server starts; the work is Node-only and lives in lib/startup.ts. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { start } = await import("./lib/startup");
    await start();
  }
}
