import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CzkFigure } from "@/components/fees/czk-figure";
import { FeeStatus } from "@/components/fees/fee-status";
import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { getFeeDeadlines } from "@/lib/fees/queries";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import type { Actor } from "@/lib/permissions";
import { HOME_CAP } from "@/lib/home/queries";
import { MoreLink } from "@/components/ui/more-link";

/** Coordinators' home: unpaid fees already overdue or due within 30 days, soonest first. */
export async function FeeDeadlines({ actor }: { actor: Actor }) {
  const [t, tc, locale, data] = await Promise.all([
    getTranslations("fees"),
    getTranslations("czk"),
    getLocale() as Promise<Locale>,
    getFeeDeadlines(actor, { limit: HOME_CAP }),
  ]);
  return (
    <div className="md:col-span-2">
      <Card title={t("deadlines.title")}>
        {data.rows.length === 0 ? (
          <p>{t("deadlines.none")}</p>
        ) : (
          <>
            <p className="mb-3">{t("deadlines.summary", { overdue: data.overdue, dueSoon: data.dueSoon })}</p>
            <Table caption={t("deadlines.caption")} captionHidden>
              <thead>
                <tr>
                  <Th>{t("organisation")}</Th>
                  <Th>{t("year")}</Th>
                  <Th>{t("dueOn")}</Th>
                  <Th>{t("status")}</Th>
                  <Th className="text-right">{t("amount")}</Th>
                  <Th className="text-right">{tc("column")}</Th>
                  <Th>{t("invoiceNumber")}</Th>
                </tr>
              </thead>
              <tbody>
                {data.rows.map((f) => (
                  <tr key={f.id}>
                    <Td>
                      <Link href={`/organizations/${f.organisationId}#fees`} className="text-blue-900 underline">{f.organisationName}</Link>
                    </Td>
                    <Td>{f.year}</Td>
                    <Td className="whitespace-nowrap">{f.dueOn ? formatDate(f.dueOn, locale) : "—"}</Td>
                    <Td><FeeStatus status={f.displayStatus} /></Td>
                    <Td className="whitespace-nowrap text-right tabular-nums">{formatMoney(f.amount, f.currency, locale)}</Td>
                    {/* The one CZK figure with its kind: "odhad" at the ČNB rate of the due date, or paid. */}
                    <Td className="whitespace-nowrap text-right tabular-nums" data-testid="deadline-czk">
                      <CzkFigure czk={f.czk} kind={f.czkKind} rate={f.cnbRate} rateAmount={f.cnbRateAmount} rateDate={f.cnbRateDate} currency={f.currency} />
                    </Td>
                    <Td>{f.invoiceNumber ?? "—"}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </>
        )}
        {data.rows.length > 0 ? (
          <MoreLink shown={data.rows.length} total={data.overdue + data.dueSoon} href="/fees" list={t("deadlines.title")} />
        ) : (
          <p className="mt-3">
            <Link href="/fees" className="font-semibold">{t("deadlines.overview")}</Link>
          </p>
        )}
      </Card>
    </div>
  );
}
