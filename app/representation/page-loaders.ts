import "server-only";
import { notFound } from "next/navigation";
import type { SeatOptions } from "@/lib/representation/seat-options";
import { requirePermission } from "@/lib/auth/guard";
import { z } from "@/lib/validation";
import { getRepresentationForEdit, getRepresentationFormOptions } from "@/lib/representation/queries";
import type { RepresentationRole } from "@/lib/representation/schemas";
import { holderLabel } from "@/lib/representation/seats";

/**
 * The seat forms' options as select options. Role labels come from the caller's translations
 * (`roleLabel`), so a deputy's choice reads "POLIS – Hlavní kontakt – DOP MHMP".
 */
export async function loadSeatForm(roleLabel: (role: RepresentationRole) => string, seatId?: string) {
  const actor = await requirePermission("registry.write");
  if (seatId !== undefined && !z.uuid().safeParse(seatId).success) notFound();
  const [options, seat] = await Promise.all([
    getRepresentationFormOptions(actor, undefined),
    seatId ? getRepresentationForEdit(actor, { id: seatId }) : null,
  ]);
  if (seatId && !seat) notFound();
  const selectOptions: SeatOptions = {
    organisations: options.organisations.map((o) => ({ value: o.id, label: o.label })),
    bodies: options.bodies.map((b) => ({ value: b.id, label: `${b.organisationName} – ${b.name}` })),
    people: options.people.map((p) => ({ value: p.id, label: p.departmentCode ? `${p.name} (${p.departmentCode})` : p.name })),
    departments: options.departments.map((d) => ({ value: d.id, label: `${d.code} – ${d.name}` })),
    mainSeats: options.mainSeats
      .filter((s) => s.id !== seatId)
      .map((s) => ({
        value: s.id,
        label: [s.organisationName, s.bodyName, roleLabel(s.role), holderLabel(s)].filter(Boolean).join(" – "),
      })),
  };
  // A deputy whose main seat has since ended keeps it selectable, so an edit does not lose it.
  if (seat?.deputyForId && !selectOptions.mainSeats.some((o) => o.value === seat.deputyForId)) {
    selectOptions.mainSeats.unshift({ value: seat.deputyForId, label: seat.deputyForLabel ?? seat.deputyForId });
  }
  return { actor, options: selectOptions, seat };
}
