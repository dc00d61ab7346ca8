import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, pageFromSearchParam } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/guard";
import { listUsers } from "@/lib/users/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("users");
  return { title: t("listTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function UsersPage({ searchParams }: Props) {
  const actor = await requirePermission("users.manage", "/admin/users");
  const params = await searchParams;
  const t = await getTranslations();
  const { rows, total, page, pageCount } = await listUsers(actor, { page: pageFromSearchParam(params.page) });

  return (
    <>
      <PageHeader
        title={t("users.listTitle")}
        description={t("users.listIntro")}
        actions={<ButtonLink href="/admin/users/new">{t("users.new")}</ButtonLink>}
      />
      <p className="mb-3 text-slate-800">{t("users.total", { count: total })}</p>
      {rows.length === 0 ? (
        <p className="text-slate-800">{t("users.empty")}</p>
      ) : (
        <Table caption={t("users.tableCaption")} captionHidden>
          <thead>
            <tr>
              <Th>{t("users.fields.name")}</Th>
              <Th>{t("users.fields.email")}</Th>
              <Th>{t("users.fields.role")}</Th>
              <Th>{t("users.fields.department")}</Th>
              <Th>{t("users.fields.status")}</Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((u) => (
              <tr key={u.id}>
                <Td>
                  <Link href={`/admin/users/${u.id}`} aria-label={t("users.editUser", { name: u.name })} className="font-semibold">
                    {u.name}
                  </Link>
                </Td>
                <Td>{u.email}</Td>
                <Td>{t(`enums.role.${u.role}`)}</Td>
                <Td>{u.departmentCode ?? t("common.notSet")}</Td>
                <Td>{u.active ? t("users.activeLabel") : <strong className="text-red-800">{t("users.inactiveLabel")}</strong>}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination page={page} pageCount={pageCount} href={(p) => `/admin/users?page=${p}`} />
    </>
  );
}
