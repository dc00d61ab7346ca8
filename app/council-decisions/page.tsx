import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/guard";
import { listCouncilDecisions } from "@/lib/council-decisions/queries";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { can } from "@/lib/permissions";

export async function generateMetadata() {
  const t = await getTranslations("councilDecisions");
  return { title: t("title") };
}

/** The register of council decisions that periods, withdrawals and fee changes cite. */
export default async function CouncilDecisionsPage() {
  const actor = await requirePermission("registry.read", "/council-decisions");
  const [rows, t, te, locale] = await Promise.all([
    listCouncilDecisions(actor, undefined),
    getTranslations("councilDecisions"),
    getTranslations("enums.councilBody"),
    getLocale() as Promise<Locale>,
  ]);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={can(actor.role, "rules.write") ? <ButtonLink href="/council-decisions/new">{t("new")}</ButtonLink> : null}
      />
      {rows.length === 0 ? (
        <p className="rounded border border-dashed border-slate-400 bg-white p-4 text-slate-800">{t("empty")}</p>
      ) : (
        <Table caption={t("listCaption")} captionHidden>
          <thead>
            <tr>
              <Th>{t("decidedOn")}</Th>
              <Th>{t("body")}</Th>
              <Th>{t("number")}</Th>
              <Th>{t("titleField")}</Th>
              <Th className="text-right">{t("citations")}</Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((d) => (
              <tr key={d.id}>
                <Td className="whitespace-nowrap">{formatDate(d.decidedOn, locale)}</Td>
                <Td>{te(d.body)}</Td>
                <Td className="whitespace-nowrap">
                  <Link href={`/council-decisions/${d.id}`} className="font-semibold text-blue-900 underline">
                    {d.number}
                  </Link>
                </Td>
                <Td className="break-words">{d.title}</Td>
                <Td className="text-right tabular-nums">{d.citations}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
