import { fieldError } from "@/lib/errors";
import { defineMutation } from "@/lib/mutation";
import { z } from "@/lib/validation";
import { describeErrors, RATE_SOURCES, storeRates } from "./import";

/** A ČNB yearly file is ~70 kB; anything far larger is not one. */
export const MAX_RATE_FILE_BYTES = 2_000_000;

export const importRatesSchema = z.object({
  file: z
    .string({ error: "Vyberte soubor s kurzy ČNB." })
    .min(1, "Vyberte soubor s kurzy ČNB.")
    .max(MAX_RATE_FILE_BYTES, "Soubor je příliš velký; kurzovní lístek ČNB má desítky kilobajtů."),
  fileName: z.string().trim().max(255).optional(),
});

/**
 * Imports a ČNB daily or yearly file (either language). Idempotent: the same file again changes
 * nothing. One audit event per import with its counts (not one per rate); a malformed file is
 * refused whole, each bad line named with its number and a Czech reason.
 */
export const importRates = defineMutation({
  name: "rates.import",
  permission: "rates.import",
  schema: importRatesSchema,
  run: async ({ tx, audit }, { file, fileName }) => {
    const outcome = await storeRates(tx, file, RATE_SOURCES.cnb);
    if (!outcome.ok) throw fieldError("file", `Soubor nebyl načten, nic se nezměnilo.\n${describeErrors(outcome.errors)}`);
    await audit({
      entity: "exchange_rates",
      entityId: null,
      action: "import",
      after: { ...outcome.counts, fileName: fileName ?? null, source: RATE_SOURCES.cnb },
      note: "Kurzy ČNB (Česká národní banka)",
    });
    return outcome.counts;
  },
});
