import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { formatDateFr } from '../../../contracts/dates';
import { chartPng, chartSvg } from './chart';
import type { ReviewBlock, ReviewDocument } from './review.rules';

/**
 * The review as DOCX, for the parties to edit: cover with the parties, a contents list of the
 * sections, numbered pages ("page n sur N" fields), tables, and the chart as an SVG image with a
 * PNG fallback followed by its data table.
 */

const text = (value: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}) => new TextRun({ text: value, bold: options.bold ?? false, italics: options.italics ?? false, ...(options.size ? { size: options.size } : {}) });

function table(header: string[], rows: string[][], numeric: number[] = []): Table {
  const right = new Set(numeric);
  const cell = (value: string, column: number, bold = false) =>
    new TableCell({ children: [new Paragraph({ alignment: right.has(column) ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [text(value, { bold, size: 17 })] })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, i, true)) }),
      ...(rows.length ? rows : [header.map((_, i) => (i === 0 ? 'Aucune ligne.' : ''))]).map((r) => new TableRow({ cantSplit: true, children: r.map((v, i) => cell(v, i)) })),
    ],
  });
}

function block(b: ReviewBlock): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'heading':
      return [
        ...(b.level === 1 && !b.text.startsWith('1.') ? [new Paragraph({ children: [new PageBreak()] })] : []),
        new Paragraph({ heading: b.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, children: [text(b.text)] }),
      ];
    case 'paragraph':
      return [new Paragraph({ spacing: { after: 120 }, children: [text(b.text, { italics: b.italics ?? false })] })];
    case 'table':
      return [new Paragraph({ spacing: { before: 160, after: 80 }, keepNext: true, children: [text(b.caption, { bold: true })] }), table(b.header, b.rows, b.numeric)];
    case 'chart': {
      const svg = chartSvg(b.bars, b.title);
      const png = chartPng(b.bars);
      const scale = 600 / svg.width;
      return [
        new Paragraph({ spacing: { before: 160, after: 80 }, keepNext: true, children: [text(b.title, { bold: true })] }),
        new Paragraph({
          keepNext: true,
          children: [
            new ImageRun({
              type: 'svg',
              data: Buffer.from(svg.svg, 'utf8'),
              fallback: { type: 'png', data: png.png },
              transformation: { width: Math.round(svg.width * scale), height: Math.round(svg.height * scale) },
              altText: { name: 'Graphique', title: b.title, description: `${b.title} : ${b.bars.map((bar) => `${bar.label} ${Math.round(bar.percent)} %`).join(', ')}` },
            }),
          ],
        }),
        table(
          ['Indicateur', '% de la cible', 'Situation'],
          b.bars.map((bar) => [bar.label, `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 }).format(bar.percent)} %`, bar.onTarget ? 'Atteinte' : 'Non atteinte']),
          [1],
        ),
      ];
    }
  }
}

export async function reviewDocx(doc: ReviewDocument): Promise<Buffer> {
  const sections = doc.blocks.filter((b): b is Extract<ReviewBlock, { kind: 'heading' }> => b.kind === 'heading' && b.level === 1);
  const children = [
    new Paragraph({ spacing: { before: 2400, after: 240 }, children: [text(doc.title, { bold: true, size: 52 })] }),
    new Paragraph({ spacing: { after: 480 }, children: [text(doc.subtitle, { size: 28 })] }),
    new Paragraph({ spacing: { after: 360 }, children: [text(doc.conventionTitle, { bold: true, size: 24 })] }),
    new Paragraph({ spacing: { after: 120 }, children: [text('Entre les parties', { bold: true })] }),
    ...doc.parties.map((p) => new Paragraph({ spacing: { after: 80 }, children: [text(p)] })),
    new Paragraph({ spacing: { before: 720 }, children: [text(`Établi par Copil le ${formatDateFr(doc.generatedOn)}`, { italics: true })] }),
    new Paragraph({ children: [new PageBreak()] }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [text('Sommaire')] }),
    ...sections.map((s) => new Paragraph({ spacing: { after: 80 }, children: [text(s.text)] })),
    new Paragraph({ children: [new PageBreak()] }),
    ...doc.blocks.flatMap(block),
  ];
  const document = new Document({
    creator: 'Copil',
    title: `${doc.title} — ${doc.conventionTitle}`,
    styles: { default: { document: { run: { font: 'DejaVu Sans', size: 19 } } } },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ size: 16, children: [`${doc.title} — page `, PageNumber.CURRENT, ' sur ', PageNumber.TOTAL_PAGES] })] })],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
