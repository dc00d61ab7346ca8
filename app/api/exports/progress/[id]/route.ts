import { getActor } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { getExportProgress, progressIdSchema } from "@/lib/exports/progress";

export const dynamic = "force-dynamic";

function json(status: number, body: unknown) {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

/**
 * How far a download the caller started has got: `{ rowsWritten, total, finished }`. Another
 * user's download, an unknown id, or one not started yet: 404, so ids reveal nothing.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) return json(401, { error: "Nejste přihlášeni. Přihlaste se prosím znovu." });
  const id = progressIdSchema.safeParse((await params).id);
  if (!id.success) return json(404, { error: "Takový export neběží." });
  try {
    const progress = await getExportProgress(actor, { id: id.data });
    return progress ? json(200, progress) : json(404, { error: "Takový export neběží." });
  } catch (e) {
    if (e instanceof DomainError && e.code === "forbidden") return json(403, { error: e.message });
    throw e;
  }
}
