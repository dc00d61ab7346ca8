"use server";

import type { FormState } from "@/lib/form-state";
import { submitForm } from "@/lib/actions";
import { withFlash } from "@/lib/flash";
import { createDepartment, updateDepartment } from "@/lib/people/commands";

export async function createDepartmentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return submitForm(createDepartment, formData, (saved) => withFlash(`/departments/${saved.id}`, "departmentSaved"));
}

export async function updateDepartmentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return submitForm(updateDepartment, formData, (saved) => withFlash(`/departments/${saved.id}`, "departmentSaved"));
}
