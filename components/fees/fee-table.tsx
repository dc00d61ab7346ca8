import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import type { FeeListRow } from "@/lib/fees/queries";
import { INTL_LOCALE, type Locale } from "@/lib/i18n/config";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import { formatCnbRate } from "@/lib/rates/format";
import { CzkFigure } from "./czk-figure";
import { FeeStatus } from "./fee-status";

/** Rate "25.1000" as "25,1000": Intl formats the decimal string exactly. */
const RATE_FORMATS = Object.fromEntries(
  Object.entries(INTL_LOCALE).map(([l, tag]) => [l, new Intl.NumberFormat(tag, { minimumFractionDigits: 4, maximumFractionDigits: 4 })]),
) as Record<Locale, Intl.NumberFormat>;
function formatRate(rate: string, locale: Locale) {
  return RATE_FORMATS[locale].format(rate as Intl.StringNumericLiteral);
}

/** Fees as a table; `showOrganisation` for the overview, `showYear` for an organisation's page. */
export async function FeeTable({
  rows,
  caption,
  editable,
  showOrganisation = false,
  showYear = false,
}: {
  rows: FeeListRow[];
  caption: string;
  editable: boolean;
  showOrganisation?: boolean;
  showYear?: boolean;
}) {
  const [t, tc, locale] = await Promise.all([getTranslations("fees"), getTranslations("czk"), getLocale() as Promise<Locale>]);
  const date = (d: string | null) => (d ? formatDate(d, locale) : "—");
  return (
    <Table caption={caption} captionHidden>
      <thead>
        <tr>
          {showOrganisation ? <Th>{t("organisation")}</Th> : null}
          {showYear ? <Th>{t("year")}</Th> : null}
          <Th>{t("status")}</Th>
          <Th className="text-right">{t("amount")}</Th>
          <Th className="text-right">{tc("column")}</Th>
          <Th className="text-right">{tc("rateColumn")}</Th>
          <Th>{t("dueOn")}</Th>
          <Th>{t("paidOn")}</Th>
          <Th>{t("invoiceNumber")}</Th>
          <Th>{t("budgetItem")}</Th>
          {editable ? <Th><span className="sr-only">{t("edit")}</span></Th> : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((f) => (
          <tr key={f.id}>
            {showOrganisation ? (
              <Td>
                <Link href={`/organizations/${f.organisationId}#fees`} className="text-blue-900 underline">{f.organisationName}</Link>
                {f.demo ? <span className="block text-xs text-slate-700">({t("demo")})</span> : null}
              </Td>
            ) : null}
            {showYear ? (
              <Td>{f.year}{f.demo ? <span className="block text-xs text-slate-700">({t("demo")})</span> : null}</Td>
            ) : null}
            <Td><FeeStatus status={f.displayStatus} /></Td>
            <Td className="whitespace-nowrap text-right tabular-nums">{formatMoney(f.amount, f.currency, locale)}</Td>
            <Td className="whitespace-nowrap text-right tabular-nums">
              <CzkFigure czk={f.czk} kind={f.czkKind} rate={f.cnbRate} rateAmount={f.cnbRateAmount} rateDate={f.cnbRateDate} currency={f.currency} />
            </Td>
            <Td className="whitespace-nowrap text-right tabular-nums">
              {f.czkKind === "paid" && f.effectiveRate ? (
                <>
                  {formatRate(f.effectiveRate, locale)}
                  {f.cnbRate && f.cnbRateAmount && f.cnbRateDate ? (
                    <span className="block whitespace-normal text-xs text-slate-800">
                      {tc("cnbOnPaidDate", { rate: formatCnbRate(f.cnbRate, locale), amount: f.cnbRateAmount, currency: f.currency, date: date(f.cnbRateDate) })}
                    </span>
                  ) : null}
                </>
              ) : "—"}
            </Td>
            <Td className="whitespace-nowrap">{date(f.dueOn)}</Td>
            <Td className="whitespace-nowrap">{date(f.paidOn)}</Td>
            <Td>{f.invoiceNumber ?? "—"}</Td>
            <Td>{f.budgetItem ?? "—"}</Td>
            {editable ? (
              <Td>
                <Link href={`/fees/${f.id}`} className="text-blue-900 underline">
                  {t("edit")}<span className="sr-only"> {t("editOf", { name: f.organisationName, year: f.year })}</span>
                </Link>
              </Td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
