import { describe, expect, it } from "vitest";
import { addMonths, nextNoticeDeadline, weekdayOnOrBefore, type NoticeRuleShape } from "@/lib/notice/deadline";

const rule = (r: Partial<NoticeRuleShape> & Pick<NoticeRuleShape, "kind">): NoticeRuleShape => ({
  months: null,
  financialYearEndMonth: null,
  financialYearEndDay: null,
  ...r,
});

describe("month arithmetic", () => {
  it("clamps to the target month's last day, leap years included", () => {
    expect(addMonths("2024-03-31", -1)).toBe("2024-02-29");
    expect(addMonths("2025-03-31", -1)).toBe("2025-02-28");
    expect(addMonths("2026-01-01", -18)).toBe("2024-07-01");
    expect(addMonths("2026-11-30", 3)).toBe("2027-02-28");
  });
  it("moves a weekend back to Friday", () => {
    expect(weekdayOnOrBefore("2026-05-31")).toBe("2026-05-29"); // Sunday
    expect(weekdayOnOrBefore("2026-05-30")).toBe("2026-05-29"); // Saturday
    expect(weekdayOnOrBefore("2026-05-29")).toBe("2026-05-29");
  });
});

describe("6 months before the end of the calendar year", () => {
  const six = rule({ kind: "calendar_year_end", months: 6 });
  it("the last day is 30 June; on it, this year's exit is still open", () => {
    expect(nextNoticeDeadline(six, "2026-06-30", 30)).toEqual({
      noticeBy: "2026-06-30",
      exitOn: "2026-12-31",
      // 31 May 2026 is a Sunday: the council's last sitting day before it is Friday 29 May.
      councilBy: "2026-05-29",
      anyDay: false,
    });
  });
  it("the day after, the next exit is a year later", () => {
    expect(nextNoticeDeadline(six, "2026-07-01", 30)).toMatchObject({ noticeBy: "2027-06-30", exitOn: "2027-12-31" });
  });
  it("on 31 December, notice for that day's exit is long gone", () => {
    expect(nextNoticeDeadline(six, "2026-12-31", 30)).toMatchObject({ noticeBy: "2027-06-30" });
  });
  it("0 months: notice by 31 December itself", () => {
    expect(nextNoticeDeadline(rule({ kind: "calendar_year_end", months: 0 }), "2026-12-31", 0)).toMatchObject({
      noticeBy: "2026-12-31",
      exitOn: "2026-12-31",
      councilBy: "2026-12-31",
    });
  });
  it("10 months before year end in a leap year: by 29 February", () => {
    const ten = rule({ kind: "calendar_year_end", months: 10 });
    expect(nextNoticeDeadline(ten, "2028-02-29", 0)).toMatchObject({ noticeBy: "2028-02-29", exitOn: "2028-12-31" });
    expect(nextNoticeDeadline(ten, "2027-02-28", 0)).toMatchObject({ noticeBy: "2027-02-28" });
    expect(nextNoticeDeadline(ten, "2028-03-01", 0)).toMatchObject({ noticeBy: "2029-02-28", exitOn: "2029-12-31" });
  });
});

describe("N months before the end of the organisation's financial year", () => {
  const hcce = rule({ kind: "financial_year_end", months: 18, financialYearEndMonth: 6, financialYearEndDay: 30 });
  it("a financial year ending 30 June with 18 months' notice: by 31 December a year and a half before", () => {
    expect(nextNoticeDeadline(hcce, "2026-12-31", 30)).toMatchObject({ noticeBy: "2026-12-31", exitOn: "2028-06-30", councilBy: "2026-12-01" });
    expect(nextNoticeDeadline(hcce, "2027-01-01", 30)).toMatchObject({ noticeBy: "2027-12-31", exitOn: "2029-06-30" });
  });
  it("6 months before a financial year ending 30 June: by 31 December", () => {
    const r = rule({ kind: "financial_year_end", months: 6, financialYearEndMonth: 6, financialYearEndDay: 30 });
    expect(nextNoticeDeadline(r, "2026-06-30", 30)).toMatchObject({ noticeBy: "2026-12-31", exitOn: "2027-06-30" });
    expect(nextNoticeDeadline(r, "2026-01-01", 30)).toMatchObject({ noticeBy: "2026-12-31", exitOn: "2027-06-30" });
    expect(nextNoticeDeadline(r, "2025-12-31", 30)).toMatchObject({ noticeBy: "2025-12-31", exitOn: "2026-06-30" });
  });
  it("a financial year ending 29 February ends on the 28th in a common year; a month's notice is due by 31 January either way", () => {
    const r = rule({ kind: "financial_year_end", months: 1, financialYearEndMonth: 2, financialYearEndDay: 29 });
    expect(nextNoticeDeadline(r, "2027-01-15", 0)).toMatchObject({ exitOn: "2027-02-28", noticeBy: "2027-01-31" });
    expect(nextNoticeDeadline(r, "2028-01-31", 0)).toMatchObject({ exitOn: "2028-02-29", noticeBy: "2028-01-31" });
    expect(nextNoticeDeadline(r, "2028-02-01", 0)).toMatchObject({ exitOn: "2029-02-28", noticeBy: "2029-01-31" });
  });
});

describe("notice from delivery, and any time in writing", () => {
  it("6 months from delivery: deliverable today, membership ends six months on", () => {
    expect(nextNoticeDeadline(rule({ kind: "from_delivery", months: 6 }), "2026-08-31", 30)).toEqual({
      noticeBy: "2026-08-31",
      exitOn: "2027-02-28",
      councilBy: "2026-07-31",
      anyDay: true,
    });
  });
  it("any time in writing: ends on delivery", () => {
    expect(nextNoticeDeadline(rule({ kind: "any_time" }), "2026-03-02", 30)).toMatchObject({ noticeBy: "2026-03-02", exitOn: "2026-03-02", anyDay: true });
  });
});
