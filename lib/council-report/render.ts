import { createHash } from "node:crypto";
import { COUNCIL_REPORT_FORMATS, type CouncilReportFormat } from "@/db/schema/council-reports";
import { reportBlocks, type ReportStamp } from "./blocks";
import type { ReportModel } from "./model";
import { renderDocx } from "./render-docx";
import { renderHtml } from "./render-html";
import { renderPdf } from "./render-pdf";

/** The formats a final report is stored in, for the routes that take one from the URL. */
export const REPORT_FORMATS = COUNCIL_REPORT_FORMATS;

export const CONTENT_TYPES: Record<CouncilReportFormat, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
  html: "text/html; charset=utf-8",
};

export const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** One format of the report as bytes. */
export async function renderReport(model: ReportModel, stamp: ReportStamp, format: CouncilReportFormat): Promise<Buffer> {
  const blocks = reportBlocks(model, stamp);
  const title = `${model.title} v roce ${model.year}`;
  switch (format) {
    case "docx":
      return renderDocx(blocks, title);
    case "pdf":
      return renderPdf(blocks, title);
    case "html":
      return Buffer.from(renderHtml(blocks, title), "utf8");
  }
}
