import "server-only";
import { getTranslations } from "next-intl/server";
import type { SelectOption } from "@/components/ui/select";
import { ROLES } from "@/lib/permissions";

/** The role select's options, labelled in the UI language. */
export async function roleOptions(): Promise<SelectOption[]> {
  const t = await getTranslations("enums.role");
  return ROLES.map((r) => ({ value: r, label: t(r) }));
}
