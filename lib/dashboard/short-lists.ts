import type { MembershipFigures } from "./figures";

/**
 * The dashboard's short lists (assessments missing or awaiting approval, review candidates,
 * notice deadlines) show their first SHORT_LIST_CAP entries; "a dalších N" opens all of them.
 *
 * The subsets of the portfolio the dashboard's short lists name (`?show=` on /dashboard). A list
 * shows its first few and links to the portfolio filtered by the same rule, so "a dalších N"
 * opens exactly those memberships, however many there are.
 */
export const PORTFOLIO_VIEWS = {
  /** No assessment for the year yet. */
  unassessed: (r: MembershipFigures) => r.yearReview === null,
  /** The year's assessment is a draft or was returned: it awaits a second manager. */
  drafts: (r: MembershipFigures) => r.yearReview === "draft" || r.yearReview === "returned",
  /** The review rules (lib/dashboard/figures.ts): weak two years while paying, or no attendance. */
  candidates: (r: MembershipFigures) => r.weakTwoYears || r.noRecentAttendance,
} as const;

export type PortfolioView = keyof typeof PORTFOLIO_VIEWS;
export const PORTFOLIO_VIEW_NAMES = Object.keys(PORTFOLIO_VIEWS) as [PortfolioView, ...PortfolioView[]];

/** How many entries a short list on the dashboard shows before "a dalších N". */
export const SHORT_LIST_CAP = 10;

export const portfolioViewHref = (year: number, view: PortfolioView) => `/dashboard?year=${year}&show=${view}#portfolio`;

/** The dashboard with every notice deadline ahead listed, not only the first few. */
export const deadlinesHref = (year?: number) => `/dashboard?${year ? `year=${year}&` : ""}deadlines=all#deadlines`;
