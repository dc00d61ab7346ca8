import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PersonForm } from "@/components/people/forms";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { listOpenDepartments } from "@/lib/people/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pageTitles");
  return { title: t("personNew") };
}

export default async function NewPersonPage() {
  const actor = await requirePermission("registry.write", "/people/new");
  const [departments, t] = await Promise.all([listOpenDepartments(actor, undefined), getTranslations("people.form")]);
  return (
    <>
      <PageHeader title={t("newTitle")} />
      <PersonForm departmentOptions={departments.map((d) => ({ value: d.id, label: `${d.code} – ${d.name}` }))} />
    </>
  );
}
