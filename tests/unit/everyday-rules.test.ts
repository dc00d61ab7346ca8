import { describe, expect, it } from "vitest";
import { FLASH_KEYS, isFlashKey, withFlash } from "@/lib/flash";
import { createMeetingSchema } from "@/lib/meetings/schemas";
import { tripReportDueOn, tripReportState } from "@/lib/meetings/trip-reports";
import cs from "@/lib/i18n/messages/cs.json";
import en from "@/lib/i18n/messages/en.json";

const meeting = (over: Record<string, unknown>) => ({
  organisationId: "00000000-0000-4000-8000-000000000001",
  kind: "forum_meeting",
  title: "Zasedání",
  startsOn: "2026-03-10",
  endsOn: "2026-03-10",
  attendees: [],
  ...over,
});

describe("one control for online", () => {
  it("takes the kind 'online' as held online: no country asked, in-person attendance refused", () => {
    const parsed = createMeetingSchema.safeParse(meeting({ kind: "online" }));
    expect(parsed.success && parsed.data.online).toBe(true);
    const inPerson = createMeetingSchema.safeParse(
      meeting({ kind: "online", attendees: [{ personId: "00000000-0000-4000-8000-000000000002", mode: "in_person" }] }),
    );
    expect(inPerson.success).toBe(false);
  });

  it("still asks for the country of a meeting in person", () => {
    const parsed = createMeetingSchema.safeParse(meeting({}));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join("."))).toContain("country");
  });
});

describe("trip report state", () => {
  const row = { reportDue: true, tripReport: null, endsOn: "2026-03-10" };
  it("is nothing before the meeting has ended, due for 14 days after it, then missing", () => {
    expect(tripReportState(row, "2026-03-01")).toBe("notYet");
    expect(tripReportState(row, "2026-03-10")).toBe("notYet");
    expect(tripReportState(row, "2026-03-11")).toBe("due");
    expect(tripReportState(row, "2026-03-23")).toBe("due");
    expect(tripReportDueOn("2026-03-10")).toBe("2026-03-24");
    expect(tripReportState(row, "2026-03-24")).toBe("missing");
  });
  it("is filed once written, and not needed when no report is due", () => {
    expect(tripReportState({ ...row, tripReport: "Text" }, "2026-03-01")).toBe("filed");
    expect(tripReportState({ ...row, reportDue: false }, "2026-04-30")).toBe("notNeeded");
  });
});

describe("flash keys", () => {
  it("go into the query before the fragment, and only known keys count", () => {
    expect(withFlash("/organizations/x#fees", "feeSaved")).toBe("/organizations/x?saved=feeSaved#fees");
    expect(withFlash("/fees?year=2027", "feeSaved")).toBe("/fees?year=2027&saved=feeSaved");
    expect(isFlashKey("1")).toBe(false);
    expect(FLASH_KEYS.every(isFlashKey)).toBe(true);
  });
  it("each have their sentence in both languages", () => {
    for (const messages of [cs, en]) {
      const flash = messages.feedback.flash as Record<string, string>;
      expect(FLASH_KEYS.filter((k) => !flash[k])).toEqual([]);
    }
  });
});
