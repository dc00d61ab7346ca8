import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { PasswordResetForm } from "@/components/users/password-reset-form";
import { SetPasswordLinkForm } from "@/components/users/set-password-link-form";
import { roleOptions } from "@/components/users/role-options";
import { UserEditForm } from "@/components/users/user-edit-form";
import { requirePermission } from "@/lib/auth/guard";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password";
import { getUser, listDepartmentOptions, listPersonOptions } from "@/lib/users/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("users");
  return { title: t("editTitle") };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function EditUserPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission("users.manage", `/admin/users/${id}`);
  // A malformed id is an unknown address (404), not a database error.
  if (!UUID.test(id)) notFound();
  const user = await getUser(actor, { id });
  if (!user) notFound();
  const [t, departments, roles, people] = await Promise.all([
    getTranslations("users"),
    listDepartmentOptions(actor, { includeId: user.departmentId }),
    roleOptions(),
    listPersonOptions(actor, { userId: user.id }),
  ]);

  return (
    <>
      <p className="mb-2">
        <Link href="/admin/users">{t("backToList")}</Link>
      </p>
      <PageHeader title={user.name} description={t("editTitle")} />
      {user.id === actor.id ? (
        <p className="mb-5 max-w-xl rounded border-l-4 border-blue-800 bg-blue-50 p-3 text-slate-900">{t("selfNote")}</p>
      ) : null}
      <div className="grid gap-10 lg:grid-cols-2">
        <UserEditForm user={user} departments={departments} roles={roles} people={people} />
        <div className="space-y-10">
          <PasswordResetForm userId={user.id} passwordMinLength={PASSWORD_MIN_LENGTH} />
          {user.active ? <SetPasswordLinkForm userId={user.id} /> : null}
        </div>
      </div>
    </>
  );
}
