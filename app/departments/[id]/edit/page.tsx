import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DepartmentForm } from "@/components/people/forms";
import { PageHeader } from "@/components/ui/page-header";
import { loadDepartmentForEdit } from "@/app/people/page-loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pageTitles");
  return { title: t("departmentEdit") };
}

export default async function EditDepartmentPage({ params }: { params: Promise<{ id: string }> }) {
  const { department } = await loadDepartmentForEdit((await params).id);
  const t = await getTranslations("people.departments");
  return (
    <>
      <PageHeader title={t("editTitle", { code: department.code })} />
      <DepartmentForm department={department} />
    </>
  );
}
