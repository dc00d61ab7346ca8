import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import type { SelectOption } from "@/components/ui/select";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import type { DecisionRef } from "@/lib/council-decisions/queries";

/**
 * How a decision is named wherever it is cited: "Rada HMP, usnesení č. 1234 ze dne 3. 2. 2026"
 * (server components; the forms get ready-made options).
 */
export async function decisionWords() {
  const [t, te, locale] = await Promise.all([
    getTranslations("councilDecisions"),
    getTranslations("enums.councilBody"),
    getLocale() as Promise<Locale>,
  ]);
  const reference = (d: Pick<DecisionRef, "body" | "number" | "decidedOn">) =>
    t("reference", { body: te(d.body), number: d.number, date: formatDate(d.decidedOn, locale) });
  const options = (decisions: readonly DecisionRef[]): SelectOption[] =>
    decisions.map((d) => ({ value: d.id, label: `${reference(d)} – ${d.title}` }));
  return { reference, options };
}
