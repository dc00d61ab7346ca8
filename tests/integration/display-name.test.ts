import { eq, sql } from "drizzle-orm";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/connection";
import { bodies, meetings, organisations } from "@/db/schema";
import { startExport, type ExportRequest } from "@/lib/exports/service";
import { formatDate } from "@/lib/i18n/format";
import cs from "@/lib/i18n/messages/cs.json";
import en from "@/lib/i18n/messages/en.json";
import { addPeriod } from "@/lib/organisations/commands";
import type { Actor } from "@/lib/permissions";
import { displayName, displayNameSql, fullLabel, fullLabelSql, shortName, shortNameSql } from "@/lib/registry/display-name";
import { makeActor, unique } from "../helpers/factories";

const YEAR = 2187;
let auditor: Actor;
let org: typeof organisations.$inferSelect;
let body: typeof bodies.$inferSelect;
let title: string;

beforeAll(async () => {
  const db = await getDb();
  auditor = await makeActor("auditor");
  const coordinator = await makeActor("coordinator");
  const tag = unique("names");
  [org] = await db
    .insert(organisations)
    .values({ name: `League of Test Cities ${tag}`, nameCs: `Liga zkušebních měst ${tag}`, abbreviation: `LTC${tag.slice(-4)}`, kind: "city_network", scope: "global" })
    .returning() as [typeof organisations.$inferSelect];
  [body] = await db
    .insert(bodies)
    .values({ organisationId: org.id, name: `Culture Forum ${tag}`, nameCs: `Kulturní fórum ${tag}`, kind: "forum" })
    .returning() as [typeof bodies.$inferSelect];
  expect((await addPeriod(coordinator, { organisationId: org.id, status: "full", validFrom: `${YEAR}-01-01` })).ok).toBe(true);
  title = `Annual meeting ${tag}`;
  await db.insert(meetings).values({
    organisationId: org.id, bodyId: body.id, kind: "forum_meeting", title, startsOn: `${YEAR}-03-05`, endsOn: `${YEAR}-03-06`, city: "Wien", country: "AT",
  });
});

describe("the naming rule in SQL", () => {
  it("names a row exactly as the TS functions do, in both languages", async () => {
    const db = await getDb();
    for (const locale of ["cs", "en"] as const) {
      const [row] = await db
        .select({
          display: displayNameSql(locale, organisations),
          full: fullLabelSql(locale, organisations),
          short: shortNameSql(locale, organisations),
          aliased: sql<string>`(select ${fullLabelSql(locale, "o")} from organisations o where o.id = ${org.id}::uuid)`,
          body: sql<string>`(select ${displayNameSql(locale, "b")} from bodies b where b.id = ${body.id}::uuid)`,
        })
        .from(organisations)
        .where(eq(organisations.id, org.id));
      expect(row).toEqual({
        display: displayName(org, locale),
        full: fullLabel(org, locale),
        short: shortName(org, locale),
        aliased: fullLabel(org, locale),
        body: displayName(body, locale),
      });
    }
  });
});

describe("an export in the chosen language", () => {
  const request = (lang: "cs" | "en"): ExportRequest => ({ kind: "meetings", format: "csv", style: "cs", columns: [], year: YEAR, date: `${YEAR}-12-31`, lang });

  async function csvOf(lang: "cs" | "en") {
    const download = await startExport(auditor, request(lang));
    let text = "";
    for await (const c of download.chunks) text += typeof c === "string" ? c : c.toString("utf8");
    const [header, ...rows] = parse(text, { bom: true, delimiter: ";" }) as string[][];
    const row = rows.find((r) => r.includes(title))!;
    return Object.fromEntries(header!.map((h, i) => [h, row[i]]));
  }

  it("Czech: Czech headers, labels, dates and the Czech names", async () => {
    const c = cs.audit.exports.columns;
    const row = await csvOf("cs");
    expect(row[c.organisation]).toBe(org.nameCs);
    expect(row[c.body]).toBe(body.nameCs);
    expect(row[c.meetingKind]).toBe(cs.enums.meetingKind.forum_meeting);
    expect(row[c.startsOn]).toBe(formatDate(`${YEAR}-03-05`, "cs"));
  });

  it("English: English headers, labels, dates and the official names", async () => {
    const c = en.audit.exports.columns;
    const row = await csvOf("en");
    expect(row[c.organisation]).toBe(org.name);
    expect(row[c.body]).toBe(body.name);
    expect(row[c.meetingKind]).toBe(en.enums.meetingKind.forum_meeting);
    expect(row[c.startsOn]).toBe(formatDate(`${YEAR}-03-05`, "en"));
    expect(Object.keys(row).join(" ")).not.toMatch(/[ěščřžýáíéůúťďň]/i);
  });
});
