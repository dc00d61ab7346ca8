import { z } from "zod";

/** The years a report may be written for: the registry's data begins in 1990. */
export const MIN_REPORT_YEAR = 1990;
export const MAX_TEXT = 20_000;

/** Form fields of the per-organisation annual texts: `annual_<organisation id>`. */
export const ANNUAL_FIELD_PREFIX = "annual_";

const year = z.coerce
  .number({ error: "Zadejte rok." })
  .int("Zadejte rok celým číslem.")
  .min(MIN_REPORT_YEAR, `Zadejte rok ${MIN_REPORT_YEAR} nebo pozdější.`)
  .max(2200, "Zadejte rok nejvýše 2200.");

const optionalVersion = z.preprocess(
  (v) => (v === "" || v === undefined ? undefined : v),
  z.coerce.number().int().positive().optional(),
);

/**
 * The draft form: the introduction, one text per organisation (the `annual_<id>` fields are
 * gathered into one record), and, when the draft exists, its id and the version it was loaded with.
 */
export const saveDraftSchema = z.preprocess(
  (raw) => {
    if (typeof raw !== "object" || raw === null) return raw;
    const input = raw as Record<string, unknown>;
    const annualTexts: Record<string, unknown> = { ...((input.annualTexts as Record<string, unknown>) ?? {}) };
    for (const [key, value] of Object.entries(input)) {
      if (key.startsWith(ANNUAL_FIELD_PREFIX)) annualTexts[key.slice(ANNUAL_FIELD_PREFIX.length)] = value;
    }
    return { ...input, annualTexts };
  },
  z.object({
    id: z.preprocess((v) => (v === "" ? undefined : v), z.uuid().optional()),
    version: optionalVersion,
    year,
    introduction: z
      .string({ error: "Napište úvod zprávy." })
      .trim()
      .min(1, "Napište úvod zprávy.")
      .max(MAX_TEXT, `Úvod může mít nejvýše ${MAX_TEXT} znaků.`),
    annualTexts: z.record(
      z.uuid(),
      z.string().trim().max(MAX_TEXT, `Text může mít nejvýše ${MAX_TEXT} znaků.`),
    ),
  }),
);

export const finaliseSchema = z.object({
  id: z.uuid({ error: "Koncept zprávy nebyl nalezen." }),
  version: z.coerce.number().int().positive(),
});

export const yearParam = year;
