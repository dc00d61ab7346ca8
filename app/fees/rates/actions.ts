"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/components/ui/use-action-form";
import { runAction } from "@/lib/actions";
import { refusalState } from "@/lib/form-state";
import { importRates, MAX_RATE_FILE_BYTES } from "@/lib/rates/commands";

/** Thin: the uploaded file's text to the import mutation, then back to the page with its counts. */
export async function importRatesAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const upload = formData.get("file");
  const file = upload instanceof File && upload.size > 0
    // One byte over the limit is enough for the mutation's validation to refuse it.
    ? await upload.slice(0, MAX_RATE_FILE_BYTES + 1).text()
    : "";
  const result = await runAction(importRates, { file, fileName: upload instanceof File ? upload.name : undefined });
  if (!result.ok) return refusalState(result);
  revalidatePath("/fees");
  revalidatePath("/dashboard");
  const c = result.data;
  const query = new URLSearchParams({
    imported: String(c.rates),
    inserted: String(c.inserted),
    updated: String(c.updated),
    unchanged: String(c.unchanged),
    from: c.from,
    to: c.to,
  });
  redirect(`/fees/rates?${query.toString()}`);
}
