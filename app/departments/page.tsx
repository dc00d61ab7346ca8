import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/guard";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { listDepartments } from "@/lib/people/queries";
import { can } from "@/lib/permissions";

export async function generateMetadata() {
  const t = await getTranslations("people.departments");
  return { title: t("title") };
}

export default async function DepartmentsPage() {
  const actor = await requirePermission("registry.read", "/departments");
  const [rows, t, locale] = await Promise.all([
    listDepartments(actor, undefined),
    getTranslations("people.departments"),
    getLocale() as Promise<Locale>,
  ]);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={can(actor.role, "registry.write") ? <ButtonLink href="/departments/new">{t("new")}</ButtonLink> : null}
      />
      <Table caption={t("listCaption")} captionHidden>
        <thead>
          <tr>
            <Th>{t("code")}</Th>
            <Th>{t("name")}</Th>
            <Th className="text-right">{t("people")}</Th>
            <Th className="text-right">{t("ownSeats")}</Th>
            <Th>{t("state")}</Th>
          </tr>
        </thead>
        <tbody>
          {rows.map((d) => (
            <tr key={d.id}>
              <Td><Link href={`/departments/${d.id}`} className="font-semibold text-blue-900 underline">{d.code}</Link></Td>
              <Td>{d.name}</Td>
              <Td className="text-right tabular-nums">{d.peopleCount}</Td>
              <Td className="text-right tabular-nums">{d.ownSeats}</Td>
              <Td className="whitespace-nowrap">{d.abolishedOn ? t("abolished", { date: formatDate(d.abolishedOn, locale) }) : t("open")}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
