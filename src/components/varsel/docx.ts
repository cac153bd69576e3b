/**
 * The reply skeleton as a Word document. Loaded only when the reader asks for it (a dynamic
 * import from the island), so the `docx` library is not part of the page's first load.
 */
import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import type { Block, Run } from "./reply.ts";

const runs = (list: readonly Run[]) =>
  list.map((r) =>
    r.link
      ? new ExternalHyperlink({ link: r.link, children: [new TextRun({ text: r.text, style: "Hyperlink", ...(r.bold ? { bold: true } : {}) })] })
      : new TextRun({ text: r.text, ...(r.bold ? { bold: true } : {}) }),
  );

export async function toDocx(blocks: readonly Block[], title: string): Promise<Blob> {
  const children = blocks.map((b) => {
    if (b.kind === "title") return new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(b.text)] });
    if (b.kind === "heading") return new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(b.text)] });
    if (b.kind === "item") return new Paragraph({ bullet: { level: b.level ?? 0 }, children: runs(b.runs) });
    return new Paragraph({ children: runs(b.runs) });
  });
  const doc = new Document({ title, creator: "Art83", sections: [{ children }] });
  return Packer.toBlob(doc);
}
