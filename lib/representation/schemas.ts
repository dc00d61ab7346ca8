import { REPRESENTATION_ROLES } from "@/lib/enums";
import { dateField, optionalDate, optionalText, optionalUuid, uuidField, versionField, z } from "@/lib/validation";

export { REPRESENTATION_ROLES };
export type RepresentationRole = (typeof REPRESENTATION_ROLES)[number];

export const MESSAGES = {
  backwards: "Konec mandátu nesmí předcházet jeho začátku.",
  deputyForNobody: "Zástupce musí někoho zastupovat: vyberte zastoupení, za které zastupuje.",
  deputyForOnlyDeputy: "Koho zastupuje se vyplňuje jen u role Zástupce.",
  deputyOtherOrganisation: "Zastupovat lze jen zástupce ve stejné organizaci.",
  deputyOfDeputy: "Zástupce nemůže zastupovat jiného zástupce; vyberte hlavní mandát.",
  deputyOfSelf: "Zastoupení nemůže zastupovat samo sebe.",
  bodyOtherOrganisation: "Vybraný orgán patří jiné organizaci. Vyberte orgán této organizace, nebo celou organizaci.",
  noHolder: "Vyberte osobu, nebo odbor, který zastupuje jako celek.",
  twoHolders: "Vyberte buď osobu, nebo celý odbor, ne obojí.",
} as const;

const representationFields = z.object({
  organisationId: uuidField("Vyberte organizaci."),
  bodyId: optionalUuid(),
  personId: optionalUuid(),
  departmentId: optionalUuid(),
  role: z.enum(REPRESENTATION_ROLES, { error: "Vyberte roli." }),
  deputyForId: optionalUuid(),
  validFrom: dateField("Zadejte datum začátku mandátu."),
  validTo: optionalDate("Zadejte platné datum konce, nebo pole nechte prázdné (mandát bez konce)."),
  mandateSource: optionalText(300),
  note: optionalText(2000),
});

type Fields = z.output<typeof representationFields>;

/** Rules that need no database: each refused at the field it concerns, in Czech. */
function checkShape(v: Fields, ctx: z.RefinementCtx) {
  if (v.validTo !== null && v.validTo < v.validFrom) {
    ctx.addIssue({ code: "custom", message: MESSAGES.backwards, path: ["validTo"] });
  }
  if (!v.personId && !v.departmentId) ctx.addIssue({ code: "custom", message: MESSAGES.noHolder, path: ["personId"] });
  if (v.personId && v.departmentId) ctx.addIssue({ code: "custom", message: MESSAGES.twoHolders, path: ["departmentId"] });
  if (v.role === "deputy" && !v.deputyForId) {
    ctx.addIssue({ code: "custom", message: MESSAGES.deputyForNobody, path: ["deputyForId"] });
  }
  if (v.role !== "deputy" && v.deputyForId) {
    ctx.addIssue({ code: "custom", message: MESSAGES.deputyForOnlyDeputy, path: ["deputyForId"] });
  }
}

export const createRepresentationSchema = representationFields.superRefine(checkShape);
export const updateRepresentationSchema = representationFields
  .extend({ id: uuidField(), version: versionField() })
  .superRefine(checkShape);

export const endRepresentationSchema = z.object({
  id: uuidField(),
  version: versionField(),
  validTo: dateField("Zadejte poslední den mandátu."),
  note: optionalText(2000),
});

export type RepresentationInput = z.input<typeof createRepresentationSchema>;
