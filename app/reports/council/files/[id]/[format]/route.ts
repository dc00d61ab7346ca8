import { z } from "zod";
import { download, fileResponse, refusal } from "@/lib/council-report/http";
import { getFinalFile } from "@/lib/council-report/queries";
import { CONTENT_TYPES, REPORT_FORMATS } from "@/lib/council-report/render";

export const dynamic = "force-dynamic";

const paramsSchema = z.object({ id: z.uuid(), format: z.enum(REPORT_FORMATS) });

/** A final report's stored file, byte for byte as finalised: every role may download it. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; format: string }> }) {
  const parsed = paramsSchema.safeParse(await params);
  if (!parsed.success) return refusal(404, "Taková zpráva neexistuje.");
  return download(async (actor) => {
    const file = await getFinalFile(actor, parsed.data);
    if (!file) return refusal(404, "Taková zpráva neexistuje.");
    return fileResponse(file.bytes, CONTENT_TYPES[file.format], file.filename, file.sha256);
  });
}
