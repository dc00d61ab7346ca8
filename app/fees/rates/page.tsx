import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ImportRatesForm } from "@/components/rates/import-form";
import { StatusMessage } from "@/components/ui/form-message";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/guard";
import { isIsoDate } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { can } from "@/lib/permissions";
import { formatCnbRate } from "@/lib/rates/format";
import { getRatesOverview } from "@/lib/rates/queries";

type SearchParams = Promise<Record<string, string | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("rates");
  return { title: t("title") };
}

const count = (v: string | undefined) => (v && /^\d{1,7}$/.test(v) ? Number(v) : null);

/** The exchange rates the CZK figures use: their source, coverage and age; the import for coordinators. */
export default async function RatesPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePermission("registry.read", "/fees/rates");
  const params = await searchParams;
  const [t, locale, overview] = await Promise.all([
    getTranslations("rates"),
    getLocale() as Promise<Locale>,
    getRatesOverview(actor, undefined),
  ]);
  const date = (d: string) => formatDate(d, locale);
  const imported = count(params.imported);
  const done =
    imported !== null && params.from && params.to && isIsoDate(params.from) && isIsoDate(params.to)
      ? t("import.done", {
          rates: imported,
          inserted: count(params.inserted) ?? 0,
          updated: count(params.updated) ?? 0,
          unchanged: count(params.unchanged) ?? 0,
          from: date(params.from),
          to: date(params.to),
        })
      : null;

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {done ? <div className="mb-4"><StatusMessage message={done} /></div> : null}

      <section aria-labelledby="rates-status" className="mb-6 rounded border border-slate-300 bg-white p-4">
        <h2 id="rates-status" className="mb-2 text-xl font-bold text-slate-900">{t("statusTitle")}</h2>
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold">{t("source")}</dt>
          <dd>Česká národní banka</dd>
          <dt className="font-semibold">{t("covered")}</dt>
          <dd data-testid="rates-covered">{overview.from && overview.to ? `${date(overview.from)} – ${date(overview.to)}` : t("none")}</dd>
          <dt className="font-semibold">{t("latest")}</dt>
          <dd data-testid="rates-age">
            {overview.to && overview.ageDays !== null ? t("age", { date: date(overview.to), days: overview.ageDays }) : t("none")}
          </dd>
          <dt className="font-semibold">{t("fetch.label")}</dt>
          <dd data-testid="rates-fetch">
            {!overview.fetch.configured && !overview.fetch.last
              ? t("fetch.off")
              : overview.fetch.last === null
                ? t("fetch.never")
                : overview.fetch.last.ok === false
                  ? t("fetch.failed", { at: formatDateTime(overview.fetch.last.attemptedAt, locale), message: overview.fetch.last.message ?? "" })
                  : overview.fetch.last.ok
                    ? t("fetch.ok", { at: formatDateTime(overview.fetch.last.attemptedAt, locale) })
                    : t("fetch.running", { at: formatDateTime(overview.fetch.last.attemptedAt, locale) })}
          </dd>
        </dl>
        {overview.sample ? (
          <p className="mt-3 rounded border-2 border-amber-700 bg-amber-50 p-3 text-slate-900" data-testid="rates-sample">
            {t("sample", { from: date(overview.sample.from), to: date(overview.sample.to) })}
          </p>
        ) : null}
        <p className="mt-3 max-w-3xl text-slate-800">{t("rule")}</p>
      </section>

      {overview.latest.length > 0 ? (
        <section aria-labelledby="rates-latest" className="mb-6">
          <h2 id="rates-latest" className="mb-2 text-xl font-bold text-slate-900">{t("latestTitle")}</h2>
          <Table caption={t("latestTitle")} captionHidden>
            <thead>
              <tr>
                <Th>{t("currency")}</Th>
                <Th className="text-right">{t("amount")}</Th>
                <Th className="text-right">{t("rate")}</Th>
                <Th>{t("validOn")}</Th>
              </tr>
            </thead>
            <tbody>
              {overview.latest.map((r) => (
                <tr key={r.currency}>
                  <Th scope="row" className="bg-white">{r.currency}</Th>
                  <Td className="text-right tabular-nums">{r.amount}</Td>
                  <Td className="text-right tabular-nums" data-testid={`rate-${r.currency}`}>{formatCnbRate(r.rate, locale)}</Td>
                  <Td>{date(r.validOn)}{r.source === "CNB_SAMPLE" ? ` (${t("sampleShort")})` : ""}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </section>
      ) : null}

      {can(actor.role, "rates.import") ? (
        <section aria-labelledby="rates-import" className="mb-6">
          <h2 id="rates-import" className="mb-2 text-xl font-bold text-slate-900">{t("import.title")}</h2>
          <p className="mb-3 max-w-3xl text-slate-800">{t("import.description")}</p>
          <ImportRatesForm />
        </section>
      ) : null}

      <p><Link href="/fees" className="text-blue-900 underline">{t("back")}</Link></p>
    </>
  );
}
