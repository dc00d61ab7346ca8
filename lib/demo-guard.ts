import net from "node:net";

/**
 * The embedded mode seeds the demo accounts, whose passwords the README publishes. Served on a
 * network address, anyone who can reach it is an administrator; so the server refuses to start
 * that way unless DEMO=1 says it is meant as a demo. Loopback (`-H 127.0.0.1`, as `npm run demo`
 * does) is always fine.
 */
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+|localhost)$/;

export function isLoopback(address: string): boolean {
  return LOOPBACK.test(address);
}

/**
 * The addresses this process's servers listen on. The server `next start` creates is not
 * reachable from the app, so they are read from the process's active handles (by the time the
 * instrumentation hook runs, Next.js is listening).
 */
export function listeningAddresses(): string[] {
  const handles = (process as unknown as { _getActiveHandles?: () => unknown[] })._getActiveHandles?.() ?? [];
  return handles
    .filter((h): h is net.Server => h instanceof net.Server && h.listening)
    .map((s) => s.address())
    .flatMap((a) => (a && typeof a === "object" ? [a.address] : []));
}

/** The message to stop with, or null when the embedded demo may run here. */
export function demoExposureRefusal(input: { embedded: boolean; demo: boolean; addresses: string[] }): string | null {
  if (!input.embedded || input.demo) return null;
  const exposed = input.addresses.filter((a) => !isLoopback(a));
  if (exposed.length === 0) return null;
  const shown = exposed.map((a) => (a === "::" || a === "0.0.0.0" ? `${a} (všechna síťová rozhraní)` : a)).join(", ");
  return [
    `Vestavěná databáze s ukázkovými účty (jejich hesla jsou veřejná v README) by byla dostupná ze sítě na adrese ${shown}.`,
    "Spusťte ji jen na tomto počítači (npm run demo, nebo next start -H 127.0.0.1),",
    "nastavte DEMO=1, jde-li opravdu o ukázku, nebo nastavte DATABASE_URL pro provoz na skutečném Postgresu.",
  ].join("\n");
}
