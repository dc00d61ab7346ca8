import "server-only";
import { organisations } from "@/db/schema";
import { sortByText } from "@/lib/i18n/format";
import { defineQuery } from "@/lib/queries";

/** The registry's organisations for the home page: every role may read the registry. */
export const listOrganisationNames = defineQuery({
  name: "registry.organisationNames",
  permission: "registry.read",
  run: async (db, _input: void) => {
    const rows = await db
      .select({ id: organisations.id, name: organisations.name, nameCs: organisations.nameCs, abbreviation: organisations.abbreviation })
      .from(organisations);
    // Czech collation in JS: the database's collation depends on how the cluster was initialised.
    return sortByText(rows, (o) => o.nameCs ?? o.name);
  },
});
