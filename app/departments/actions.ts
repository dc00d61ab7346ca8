"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/components/ui/use-action-form";
import { runAction } from "@/lib/actions";
import { withFlash } from "@/lib/flash";
import { refusalState } from "@/lib/form-state";
import { createDepartment, updateDepartment } from "@/lib/people/commands";

export async function createDepartmentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runAction(createDepartment, formData);
  if (!result.ok) return refusalState(result, formData);
  revalidatePath("/departments");
  redirect(withFlash(`/departments/${result.data.id}`, "departmentSaved"));
}

export async function updateDepartmentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runAction(updateDepartment, formData);
  if (!result.ok) return refusalState(result, formData);
  revalidatePath("/departments");
  redirect(withFlash(`/departments/${result.data.id}`, "departmentSaved"));
}
