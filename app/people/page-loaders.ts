import "server-only";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/guard";
import { z } from "@/lib/validation";
import { getDepartmentForEdit, getPersonForEdit, listOpenDepartments } from "@/lib/people/queries";

/** Edit pages: editors only (403 otherwise); a malformed or unknown id is a 404. */
export async function loadPersonForEdit(id: string) {
  const actor = await requirePermission("registry.write");
  if (!z.uuid().safeParse(id).success) notFound();
  const [person, departments] = await Promise.all([getPersonForEdit(actor, { id }), listOpenDepartments(actor, undefined)]);
  if (!person) notFound();
  return { actor, person, departmentOptions: departments.map((d) => ({ value: d.id, label: `${d.code} – ${d.name}` })) };
}

export async function loadDepartmentForEdit(id: string) {
  const actor = await requirePermission("registry.write");
  if (!z.uuid().safeParse(id).success) notFound();
  const department = await getDepartmentForEdit(actor, { id });
  if (!department) notFound();
  return { actor, department };
}
