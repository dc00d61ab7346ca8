import {
  checkbox,
  dateField,
  optionalDate,
  optionalText,
  requiredText,
  storableText,
  tooLong,
  uuidField,
  versionField,
  z,
} from "@/lib/validation";
import { decisionRef } from "@/lib/council-decisions/schemas";
import { BODY_KINDS, MEMBERSHIP_STATUSES, ORGANISATION_KINDS, ORGANISATION_SCOPES } from "@/lib/enums";

/** Statuses a period can be given; "ended" is what the history shows after the last period. */
export const PERIOD_STATUSES = MEMBERSHIP_STATUSES.filter((s) => s !== "ended") as [
  "observer",
  "full",
  "associate",
  "via_state",
];

const website = z
  .preprocess(
    (v) => (typeof v === "string" ? v.trim() : v),
    z.union([z.literal(""), storableText().max(500, tooLong(500))]).optional(),
  )
  .transform((v) => (v ? (/^https?:\/\//i.test(v) ? v : `https://${v}`) : null))
  .refine((v) => v === null || URL.canParse(v), "Zadejte platnou webovou adresu, např. https://eurocities.eu.");

export const organisationFields = z.object({
  name: requiredText(200, "Zadejte oficiální název organizace."),
  nameCs: optionalText(200),
  abbreviation: optionalText(40),
  website,
  description: optionalText(5000),
  kind: z.enum(ORGANISATION_KINDS, { error: "Vyberte druh organizace." }),
  scope: z.enum(ORGANISATION_SCOPES, { error: "Vyberte působnost." }),
});

export const createOrganisationSchema = organisationFields;
export const updateOrganisationSchema = organisationFields.extend({ id: uuidField(), version: versionField() });

export const bodyFields = z.object({
  name: requiredText(200, "Zadejte název orgánu."),
  nameCs: optionalText(200),
  kind: z.enum(BODY_KINDS, { error: "Vyberte druh orgánu." }),
  description: optionalText(2000),
});
export const createBodySchema = bodyFields.extend({ organisationId: uuidField() });
export const updateBodySchema = bodyFields.extend({ id: uuidField(), version: versionField(), active: checkbox() });

const periodFields = z.object({
  status: z.enum(PERIOD_STATUSES, { error: "Vyberte status členství." }),
  validFrom: dateField("Zadejte datum začátku."),
  validTo: optionalDate("Zadejte platné datum konce, nebo pole nechte prázdné."),
  startDecision: optionalText(200),
  startDecisionDate: optionalDate(),
  /** The resolution in the register of council decisions (the text fields stay for older ones). */
  startDecisionId: decisionRef(),
  note: optionalText(2000),
});

const notBackwards = <T extends { validFrom: string; validTo: string | null }>(v: T) =>
  v.validTo === null || v.validTo >= v.validFrom;
const backwardsIssue = { message: "Konec nesmí předcházet začátku.", path: ["validTo"] };

export const addPeriodSchema = periodFields
  .extend({
    organisationId: uuidField(),
    /** Close the open period the day before this one starts (a change of status). */
    closePrevious: checkbox(),
  })
  .refine(notBackwards, backwardsIssue);

export const updatePeriodSchema = periodFields
  .extend({
    id: uuidField(),
    version: versionField(),
    endDecision: optionalText(200),
    endDecisionDate: optionalDate(),
    endDecisionId: decisionRef(),
  })
  .refine(notBackwards, backwardsIssue);

/** A withdrawal needs its decision: one from the register, or (not yet recorded there) its number. */
export const endMembershipSchema = z
  .object({
    organisationId: uuidField(),
    endOn: dateField("Zadejte datum ukončení."),
    endDecisionId: decisionRef(),
    endDecision: optionalText(200),
    endDecisionDate: optionalDate(),
    note: optionalText(2000),
  })
  .refine((v) => v.endDecisionId !== null || v.endDecision !== null, {
    message: "Vyberte usnesení, kterým členství končí, nebo napište jeho číslo.",
    path: ["endDecisionId"],
  });

export type CreateOrganisationInput = z.input<typeof createOrganisationSchema>;
