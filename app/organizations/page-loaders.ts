import "server-only";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/guard";
import { z } from "@/lib/validation";
import { getBodyForEdit, getOrganisationForEdit, getPeriodForEdit } from "@/lib/organisations/queries";

/**
 * The edit pages' common opening: editors only (403 otherwise), a malformed or unknown id is a
 * 404, and a period or body must belong to the organisation in the URL.
 */
async function editor(organisationId: string) {
  const actor = await requirePermission("registry.write");
  if (!z.uuid().safeParse(organisationId).success) notFound();
  const organisation = await getOrganisationForEdit(actor, { id: organisationId });
  if (!organisation) notFound();
  return { actor, organisation };
}

export const loadOrganisationForEdit = editor;

export async function loadPeriodForEdit(organisationId: string, periodId: string) {
  const { actor, organisation } = await editor(organisationId);
  if (!z.uuid().safeParse(periodId).success) notFound();
  const period = await getPeriodForEdit(actor, { id: periodId });
  if (!period || period.organisationId !== organisation.id) notFound();
  return { actor, organisation, period };
}

export async function loadBodyForEdit(organisationId: string, bodyId: string) {
  const { actor, organisation } = await editor(organisationId);
  if (!z.uuid().safeParse(bodyId).success) notFound();
  const body = await getBodyForEdit(actor, { id: bodyId });
  if (!body || body.organisationId !== organisation.id) notFound();
  return { organisation, body };
}
