import { getActor } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { carriedFilters } from "@/lib/exports/lists";
import { exportRequestSchema, startExport, toWebStream } from "@/lib/exports/service";
import { uiLocale } from "@/lib/i18n/ui-locale";

export const dynamic = "force-dynamic";

function refusal(status: number, message: string) {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

/**
 * A download: the response starts as soon as the first rows are read and streams the rest, so
 * the browser shows the download at once. The permission check and the audit event live in
 * startExport; this handler only translates the outcome into HTTP.
 */
export async function GET(request: Request, { params }: { params: Promise<{ kind: string }> }) {
  const actor = await getActor();
  if (!actor) return refusal(401, "Nejste přihlášeni. Přihlaste se prosím znovu.");
  const { kind } = await params;
  const search = new URL(request.url).searchParams;
  const parsed = exportRequestSchema.safeParse({
    ...Object.fromEntries(search),
    columns: search.getAll("columns"),
    filters: carriedFilters(search),
    kind,
  });
  if (!parsed.success) return refusal(404, "Takový export neexistuje.");
  try {
    // A link without a language downloads in the UI's (the /exports form always says which).
    const download = await startExport(actor, { ...parsed.data, lang: parsed.data.lang ?? (await uiLocale()) });
    return new Response(toWebStream(download.chunks), {
      headers: {
        "Content-Type": download.contentType,
        "Content-Disposition": `attachment; filename="${download.filename}"`,
        "Cache-Control": "no-store",
        "X-Accel-Buffering": "no",
      },
    });
  } catch (e) {
    if (e instanceof DomainError && (e.code === "forbidden" || e.code === "unauthenticated")) {
      return refusal(e.code === "forbidden" ? 403 : 401, e.message);
    }
    throw e;
  }
}
