import "server-only";
import { organisations } from "@/db/schema";
import { sortByText } from "@/lib/i18n/format";
import { uiLocale } from "@/lib/i18n/ui-locale";
import { defineQuery } from "@/lib/queries";
import { fullLabel } from "./display-name";

/** The registry's organisations for the home page: every role may read the registry. */
export const listOrganisationNames = defineQuery({
  name: "registry.organisationNames",
  permission: "registry.read",
  run: async (db, _input: void) => {
    const locale = await uiLocale();
    const rows = await db
      .select({ id: organisations.id, name: organisations.name, nameCs: organisations.nameCs, abbreviation: organisations.abbreviation })
      .from(organisations);
    // Czech collation in JS: the database's collation depends on how the cluster was initialised.
    return sortByText(
      rows.map((o) => ({ ...o, label: fullLabel(o, locale) })),
      (o) => o.label,
      locale,
    );
  },
});
