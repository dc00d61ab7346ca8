import { z } from "zod";
import { download, fileResponse, refusal } from "@/lib/council-report/http";
import { renderDraftFile } from "@/lib/council-report/queries";
import { CONTENT_TYPES, REPORT_FORMATS } from "@/lib/council-report/render";
import { yearParam } from "@/lib/council-report/schemas";

export const dynamic = "force-dynamic";

const paramsSchema = z.object({ year: yearParam, format: z.enum(REPORT_FORMATS) });

/** The draft rendered now, for reading before finalising: only those who may generate it. */
export async function GET(_request: Request, { params }: { params: Promise<{ year: string; format: string }> }) {
  const parsed = paramsSchema.safeParse(await params);
  if (!parsed.success) return refusal(404, "Taková zpráva neexistuje.");
  return download(async (actor) => {
    const file = await renderDraftFile(actor, parsed.data);
    return fileResponse(file.bytes, CONTENT_TYPES[file.format], file.filename);
  });
}
