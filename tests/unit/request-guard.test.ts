import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { isIsoDate } from "@/lib/dates";
import { badRequestReason } from "@/lib/request-guard";
import { DATE_MESSAGE, isoDate, NUL_MESSAGE, optionalText, requiredText, urlDate, urlText } from "@/lib/validation";
import { proxy } from "@/proxy";

/** The GETs that answered 500 (or a cut download) before the guard: each now answers 400. */
const BAD_GETS: [string, "path" | "text" | "date"][] = [
  ["/organizations?q=%00", "text"],
  ["/organizations?q=abc%00def&status=all", "text"],
  ["/people?q=%00", "text"],
  ["/representation?q=%00", "text"],
  ["/meetings/people-search?q=no%00vak", "text"],
  ["/audit?entity=%00", "text"],
  ["/audit?entityId=%00", "text"],
  ["/audit?action=%00", "text"],
  ["/audit?from=%00", "text"],
  ["/exports/organisations?list=organisations&f.q=%00", "text"],
  ["/exports/organisations?columns=name%00", "text"],
  ["/exports?kind=organisations&list=organisations&f.q=%00", "text"],
  ["/organizations?asOf=0000-01-01", "date"],
  ["/representation?asOf=0000-01-01", "date"],
  ["/exports/organisations?date=0000-01-01", "date"],
  ["/exports/organisations?list=organisations&f.asOf=0000-01-01", "date"],
  ["/audit?to=9999-12-31", "date"],
  ["/audit?from=0000-12-31", "date"],
  ["/organizations/%FF", "path"],
  ["/people/%E0%A4%A", "path"],
  ["/organizations/%00", "path"],
];

describe("badRequestReason", () => {
  it.each(BAD_GETS)("refuses %s (%s)", (path, reason) => {
    expect(badRequestReason(new URL(path, "http://localhost"))).toBe(reason);
  });

  it.each([
    "/organizations?q=liga+historick%C3%BDch&asOf=2010-12-31",
    "/organizations?asOf=",
    "/audit?from=0001-01-02&to=9999-12-30",
    "/organizations/5f0c8a52-3a3c-4a47-9a43-2ad0f3b0c001",
    "/people?q=%25_%5C",
    "/signin?callbackUrl=%2Forganizations%3Fq%3Dx",
  ])("lets %s through", (path) => {
    expect(badRequestReason(new URL(path, "http://localhost"))).toBeNull();
  });
});

describe("the proxy", () => {
  it.each(BAD_GETS)("answers %s with 400 and a Czech page, before any session check", async (path) => {
    const res = await proxy(new NextRequest(new URL(path, "http://localhost")));
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toMatch(/text\/html/);
    const html = await res.text();
    expect(html).toContain('<html lang="cs">');
    expect(html).toContain("Neplatná adresa stránky");
    expect(html).toContain("Invalid page address"); // and in English below
    expect(res.headers.get("content-security-policy")).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  });

  it("answers in English first for an English user", async () => {
    const req = new NextRequest(new URL("/people?q=%00", "http://localhost"), { headers: { cookie: "locale=en" } });
    const html = await (await proxy(req)).text();
    expect(html).toContain('<html lang="en">');
    expect(html.indexOf("Invalid page address")).toBeLessThan(html.indexOf("Neplatná adresa stránky"));
  });

  it("gives every response its own nonce and passes it on to the render", async () => {
    const a = await proxy(new NextRequest(new URL("/signin", "http://localhost")));
    const b = await proxy(new NextRequest(new URL("/signin", "http://localhost")));
    const nonceOf = (r: Response) => /'nonce-([^']+)'/.exec(r.headers.get("content-security-policy") ?? "")?.[1];
    expect(nonceOf(a)).toBeTruthy();
    expect(nonceOf(a)).not.toBe(nonceOf(b));
    // NextResponse.next({ request: { headers } }) forwards overridden request headers this way.
    expect(a.headers.get("x-middleware-request-x-nonce")).toBe(nonceOf(a));
    expect(a.headers.get("x-middleware-request-content-security-policy")).toContain(`'nonce-${nonceOf(a)}'`);
  });
});

describe("the shared refinements", () => {
  it("refuse a NUL byte in every kind of text with a Czech message", () => {
    expect(requiredText().safeParse("Jana\u0000").error?.issues[0]?.message).toBe(NUL_MESSAGE);
    expect(optionalText().safeParse("a\u0000b").error?.issues[0]?.message).toBe(NUL_MESSAGE);
    expect(urlText().parse("\u0000")).toBeUndefined();
  });

  it("take days of the years 1–9999 only, so the day before and after stay dates too", () => {
    expect(isIsoDate("0000-01-01")).toBe(false);
    expect(isIsoDate("0001-01-01")).toBe(false);
    expect(isIsoDate("0001-01-02")).toBe(true);
    expect(isIsoDate("9999-12-30")).toBe(true);
    expect(isIsoDate("9999-12-31")).toBe(false);
    expect(isIsoDate("2026-02-29")).toBe(false);
    expect(isoDate().safeParse("0000-01-01").error?.issues[0]?.message).toBe(DATE_MESSAGE);
    expect(urlDate().parse("0000-01-01")).toBeUndefined();
    expect(urlDate().parse("2024-02-29")).toBe("2024-02-29");
  });
});
