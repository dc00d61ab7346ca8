import net from "node:net";
import { NextRequest } from "next/server";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { GET as unavailablePage } from "@/app/unavailable/route";
import { isDatabaseUnavailable, MESSAGES } from "@/lib/errors";

/** A port on which nothing listens (taken, then given back). */
async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

describe("isDatabaseUnavailable", () => {
  it("recognises the driver's own error for a database that is not there", async () => {
    const pool = new pg.Pool({ host: "127.0.0.1", port: await closedPort(), user: "x", database: "x" });
    const error = await pool.query("select 1").catch((e: unknown) => e);
    await pool.end();
    expect(error).toBeInstanceOf(Error);
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("recognises connection-class and shutdown SQLSTATEs, through Drizzle's wrapping", () => {
    for (const code of ["08006", "08001", "57P01", "57P03", "53300"]) {
      expect(isDatabaseUnavailable(new Error("Failed query", { cause: Object.assign(new Error("x"), { code }) }))).toBe(true);
    }
  });

  it("does not take a wrong statement or a constraint for an outage", () => {
    for (const code of ["42601", "23505", "22007", "40001"]) {
      expect(isDatabaseUnavailable(Object.assign(new Error("x"), { code }))).toBe(false);
    }
    expect(isDatabaseUnavailable(new Error("boom"))).toBe(false);
  });
});

describe("the outage page", () => {
  it("answers 503 in Czech (and English below), with Retry-After, leading back to a path of this site only", async () => {
    const res = unavailablePage(new NextRequest("http://localhost/unavailable?back=%2Forganizations%3Fstatus%3Dall"));
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("10");
    const html = await res.text();
    expect(html).toContain('<html lang="cs">');
    expect(html).toContain("<h1>Databáze je dočasně nedostupná</h1>");
    expect(html).toContain(MESSAGES.unavailable);
    expect(html).toContain("The database is temporarily unavailable");
    expect(html).toContain('href="/organizations?status=all"');

    const away = await unavailablePage(new NextRequest("http://localhost/unavailable?back=%2F%2Fevil.example")).text();
    expect(away).not.toContain("evil.example");
  });
});
