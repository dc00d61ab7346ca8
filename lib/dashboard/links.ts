import type { YearWindow } from "./window";

/**
 * Where each linked figure of the dashboard leads: the list whose own filter selects exactly the
 * records that add up to the figure, and shows their total (tests/integration/dashboard-links
 * walks every one of them against the list's own query).
 * - fees paid → the year's fees of the organisation with status "paid" (total: CZK paid);
 * - meetings attended of held → the organisation's meetings of the year started by the window's
 *   last day (totals: held, and those with an attendance "attended");
 * - vacancies → the representation matrix of the organisation on the day the seats are read
 *   (total: vacancies as lib/representation/vacancies.ts defines them).
 */
export function figureLinks(organisationId: string, w: YearWindow) {
  const q = (params: Record<string, string>) => new URLSearchParams(params).toString();
  return {
    fees: `/fees?${q({ year: String(w.year), organisation: organisationId, status: "paid" })}`,
    meetings: `/meetings?${q({ organisation: organisationId, year: String(w.year), until: w.end })}`,
    vacancies: `/representation?${q({ organisation: organisationId, asOf: w.statusOn })}`,
  };
}
