import { z } from "zod";
import { download, fileResponse, refusal } from "@/lib/council-report/http";
import { openDataCsv, openDataMetadata } from "@/lib/council-report/open-data";
import { getOpenDataModel } from "@/lib/council-report/queries";
import { yearParam } from "@/lib/council-report/schemas";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

const paramsSchema = z.object({ year: yearParam, file: z.enum(["data.csv", "metadata.json"]) });

/** The year's open data: the CSV and its metadata, readable by every role. */
export async function GET(request: Request, { params }: { params: Promise<{ year: string; file: string }> }) {
  const parsed = paramsSchema.safeParse(await params);
  if (!parsed.success) return refusal(404, "Taková data neexistují.");
  const { year, file } = parsed.data;
  return download(async (actor) => {
    const { model, finalNumber } = await getOpenDataModel(actor, { year });
    const name = `clenstvi-hmp-${year}`;
    if (file === "data.csv") {
      return fileResponse(Buffer.from(openDataCsv(model), "utf8"), "text/csv; charset=utf-8; header=present", `${name}.csv`);
    }
    const csvUrl = new URL(`/reports/council/open-data/${year}/data.csv`, request.url).toString();
    const metadata = openDataMetadata(model, { csvUrl, licence: env().OPEN_DATA_LICENCE, finalNumber });
    return fileResponse(Buffer.from(JSON.stringify(metadata, null, 2), "utf8"), "application/json; charset=utf-8", `${name}-metadata.json`);
  });
}
