import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { Block } from "./blocks";

const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2 } as const;

function table(block: Extract<Block, { kind: "table" }>): (Paragraph | Table)[] {
  const cell = (text: string, header: boolean) =>
    new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold: header })] })] });
  return [
    new Paragraph({ text: block.caption, style: "Caption", keepNext: true }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        // Repeated at the top of every page the table runs over.
        new TableRow({ tableHeader: true, cantSplit: true, children: block.headers.map((h) => cell(h, true)) }),
        ...block.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c) => cell(c, false)) })),
      ],
    }),
  ];
}

/**
 * The editable DOCX the office sends on: Word's own heading styles (so the navigation pane and
 * the table of contents work), a table of contents field that Word fills in on opening, tables
 * whose header row repeats on each page, page numbers in the footer, Czech as the language of
 * every run so Word's automatic hyphenation and spelling use Czech rules.
 */
export async function renderDocx(blocks: readonly Block[], title: string): Promise<Buffer> {
  const children: (Paragraph | Table | TableOfContents)[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case "title":
        children.push(new Paragraph({ text: block.text, heading: HeadingLevel.TITLE }));
        break;
      case "toc":
        children.push(new Paragraph({ text: "Obsah", heading: HeadingLevel.HEADING_1 }));
        children.push(new TableOfContents("Obsah", { hyperlink: true, headingStyleRange: "1-2" }));
        break;
      case "heading":
        children.push(new Paragraph({ text: block.text, heading: HEADING[block.level] }));
        break;
      case "paragraph":
        children.push(new Paragraph({ children: [new TextRun({ text: block.text, italics: block.note })] }));
        break;
      case "list":
        for (const item of block.items) children.push(new Paragraph({ text: item, bullet: { level: 0 } }));
        break;
      case "table":
        children.push(...table(block));
        break;
    }
  }
  const doc = new Document({
    title,
    creator: "Hlavní město Praha – Registr členství",
    features: { updateFields: true },
    hyphenation: { autoHyphenation: true },
    styles: {
      default: {
        document: { run: { font: "Calibri", size: 22, language: { value: "cs-CZ" } } },
      },
    },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ["Strana ", PageNumber.CURRENT, " z ", PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
