import path from "node:path";
import PDFDocument from "pdfkit";
import type { Block } from "./blocks";

/**
 * The fonts come from an npm package (DejaVu: full Latin Extended-A, so every Czech letter), read
 * from the installed package, never from the system: the app renders the same PDF on a fresh
 * machine after `npm ci`.
 */
const FONT_DIR = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
const REGULAR = path.join(FONT_DIR, "DejaVuSans.ttf");
const BOLD = path.join(FONT_DIR, "DejaVuSans-Bold.ttf");
const OBLIQUE = path.join(FONT_DIR, "DejaVuSans-Oblique.ttf");

const HEADING_TAG = { 1: "H2", 2: "H3" } as const;
const HEADING_SIZE = { 1: 15, 2: 12 } as const;

/**
 * The archival PDF: PDF/A-2a as pdfkit writes it (XMP identification, sRGB output intent, every
 * font embedded as a subset), tagged (headings, paragraphs and tables with header cells in the
 * structure tree, language cs-CZ), page numbers marked as pagination artefacts so screen readers
 * skip them.
 */
export async function renderPdf(blocks: readonly Block[], title: string): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 56, bottom: 64, left: 56, right: 56 },
    pdfVersion: "1.7",
    subset: "PDF/A-2a",
    tagged: true,
    lang: "cs-CZ",
    displayTitle: true,
    bufferPages: true,
    font: REGULAR,
    info: { Title: title, Author: "Hlavní město Praha", Subject: title, Creator: "Registr členství" },
  });
  doc.registerFont("regular", REGULAR);
  doc.registerFont("bold", BOLD);
  doc.registerFont("oblique", OBLIQUE);

  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const root = doc.struct("Document");
  doc.addStructure(root);
  const text = (value: string, font: string, size: number, tag: string, gap: number) => {
    doc.font(font).fontSize(size).fillColor("black").text(value, { structParent: root, structType: tag } as PDFKit.Mixins.TextOptions);
    doc.moveDown(gap);
  };

  for (const block of blocks) {
    switch (block.kind) {
      case "title":
        text(block.text, "bold", 20, "H1", 0.5);
        break;
      case "toc":
        // A PDF reader's bookmarks serve as the contents: one per heading, see below.
        break;
      case "heading":
        if (block.level === 1 && doc.y > doc.page.height - 200) doc.addPage();
        doc.outline.addItem(block.text);
        text(block.text, "bold", HEADING_SIZE[block.level], HEADING_TAG[block.level], 0.3);
        break;
      case "paragraph":
        text(block.text, block.note ? "oblique" : "regular", block.note ? 9 : 10.5, "P", 0.5);
        break;
      case "list":
        for (const item of block.items) text(`• ${item}`, "regular", 10.5, "P", 0.2);
        break;
      case "table":
        text(block.caption, "bold", 10, "Caption", 0.2);
        doc.font("regular").fontSize(8.5);
        doc.table({
          data: [
            block.headers.map((h) => ({ text: h, type: "TH" as const, font: { src: BOLD } })),
            ...block.rows,
          ],
          structParent: root,
        } as PDFKit.Mixins.TableOptionsWithData);
        doc.moveDown(0.8);
        break;
    }
  }

  const pages = doc.bufferedPageRange();
  for (let i = pages.start; i < pages.start + pages.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    // Writing inside the bottom margin must not start a new page.
    doc.page.margins.bottom = 0;
    doc.markContent("Artifact", { type: "Pagination" });
    doc
      .font("regular")
      .fontSize(9)
      .text(`Strana ${i + 1} z ${pages.count}`, doc.page.margins.left, doc.page.height - 40, {
        width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
        align: "center",
        lineBreak: false,
      });
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
