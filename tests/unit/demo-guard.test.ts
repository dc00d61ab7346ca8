import net from "node:net";
import { describe, expect, it } from "vitest";
import { demoExposureRefusal, isLoopback, listeningAddresses } from "@/lib/demo-guard";

describe("the embedded demo on a network address", () => {
  it("is refused unless DEMO=1, with a message that says what to do", () => {
    const refusal = demoExposureRefusal({ embedded: true, demo: false, addresses: ["::"] });
    expect(refusal).toContain(":: (všechna síťová rozhraní)");
    expect(refusal).toContain("DEMO=1");
    expect(refusal).toContain("127.0.0.1");
    expect(demoExposureRefusal({ embedded: true, demo: false, addresses: ["192.0.2.10"] })).toContain("192.0.2.10");
    expect(demoExposureRefusal({ embedded: true, demo: true, addresses: ["::"] })).toBeNull();
    expect(demoExposureRefusal({ embedded: false, demo: false, addresses: ["::"] })).toBeNull();
    expect(demoExposureRefusal({ embedded: true, demo: false, addresses: ["127.0.0.1", "::1"] })).toBeNull();
  });

  it("knows loopback addresses", () => {
    for (const a of ["127.0.0.1", "127.1.2.3", "::1", "::ffff:127.0.0.1"]) expect(isLoopback(a)).toBe(true);
    for (const a of ["0.0.0.0", "::", "10.0.0.1", "128.0.0.1"]) expect(isLoopback(a)).toBe(false);
  });

  it("finds the address a server of this process listens on", async () => {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, "0.0.0.0", resolve));
    try {
      expect(listeningAddresses()).toContain("0.0.0.0");
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
