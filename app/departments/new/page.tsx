import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DepartmentForm } from "@/components/people/forms";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pageTitles");
  return { title: t("departmentNew") };
}

export default async function NewDepartmentPage() {
  await requirePermission("registry.write", "/departments/new");
  const t = await getTranslations("people.departments");
  return (
    <>
      <PageHeader title={t("newTitle")} />
      <DepartmentForm />
    </>
  );
}
