import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { roleOptions } from "@/components/users/role-options";
import { UserCreateForm } from "@/components/users/user-create-form";
import { requirePermission } from "@/lib/auth/guard";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password";
import { listDepartmentOptions, listPersonOptions } from "@/lib/users/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("users");
  return { title: t("newTitle") };
}

export default async function NewUserPage() {
  const actor = await requirePermission("users.manage", "/admin/users/new");
  const [t, departments, roles, people] = await Promise.all([
    getTranslations("users"),
    listDepartmentOptions(actor, {}),
    roleOptions(),
    listPersonOptions(actor, {}),
  ]);
  return (
    <>
      <p className="mb-2">
        <Link href="/admin/users">{t("backToList")}</Link>
      </p>
      <PageHeader title={t("newTitle")} />
      <UserCreateForm departments={departments} roles={roles} people={people} passwordMinLength={PASSWORD_MIN_LENGTH} />
    </>
  );
}
