import { formatPercent } from '../../../contracts/format';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';
import { formatDateFr } from '../../../contracts/dates';
import { chartPng, chartSvg } from './chart';
import type { ReviewBlock, ReviewDocument } from './review.rules';

/**
 * The review as DOCX, for the parties to edit: cover with the parties, a table of contents (a TOC
 * field over the Heading1/Heading2 paragraphs, with its entries and page numbers written in, so
 * that LibreOffice shows it as is and Word updates it on opening), numbered pages ("page n sur N"
 * fields), tables, and the chart as an SVG image with a PNG fallback followed by its data table.
 */

const require = createRequire(import.meta.url);
const font = (file: string) => ({ data: readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`)) });

/**
 * Lays the pages out as Word does, measuring the text in DejaVu Sans (the document's font) from its
 * files, to write the contents' page numbers; made once, the font files read on first use.
 */
let pageNumbers: ReturnType<typeof estimatePageNumbersWith> | undefined;
const layout = () =>
  (pageNumbers ??= estimatePageNumbersWith({
    fonts: ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf', 'DejaVuSans-BoldOblique.ttf'].map(font),
    guess: true,
  }));

const text = (value: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new TextRun({
    text: value,
    bold: options.bold ?? false,
    italics: options.italics ?? false,
    ...(options.size ? { size: options.size } : {}),
  });

/** The text width of an A4 page with the default 2.54 cm margins, in twentieths of a point. */
const TEXT_WIDTH = 9026;

/** The table text's size: 8.5 pt (docx sizes are half-points). */
const TABLE_TEXT_SIZE = 17;
/** A cell's left and right margins (Word's and LibreOffice's default, 0.19 cm each), in twentieths of a point. */
const CELL_MARGINS = 2 * 108;

/**
 * Advance widths of DejaVu Sans (the document's font), in thousandths of an em, for the characters
 * of amounts and figures; other characters are counted at a wide letter's width. Bold is ≈ 9 % wider.
 */
const ADVANCE: Record<string, number> = {
  ' ': 318,
  '\u00a0': 318,
  '\u202f': 318,
  ',': 318,
  '.': 318,
  '%': 950,
  '€': 636,
  '-': 361,
};
for (const digit of '0123456789') ADVANCE[digit] = 636;
const OTHER_ADVANCE = 640;

/** The width of a text on one line in the table's font, in twentieths of a point. */
export function textTwips(value: string, bold = false): number {
  let em = 0;
  for (const c of value) em += ADVANCE[c] ?? OTHER_ADVANCE;
  return Math.ceil((em / 1000) * (TABLE_TEXT_SIZE / 2) * 20 * (bold ? 1.09 : 1) + CELL_MARGINS);
}

/**
 * Column widths from the columns' contents, written into the table's grid and cells (fixed layout):
 * Word and LibreOffice then lay the table out alike, and so the contents' page numbers hold in both.
 * A figure column (amounts, counts, percentages) gets the width of its longest figure on one line,
 * so "100 000 000,00 €" never breaks mid-number (issue #20: LibreOffice gave such columns ≈ 1 cm);
 * text columns share the rest by the length of their contents, never narrower than their longest
 * word (up to 24 characters). Only when the figures alone overflow the page are they narrowed, in proportion.
 */
export function columnWidths(header: string[], rows: string[][], numeric: number[] = []): number[] {
  const figures = new Set(numeric);
  // A word longer than 24 characters (a reference, an address) breaks anyway: it sets no minimum past that.
  const longestWord = (s: string) =>
    s
      .split(/\s+/)
      .reduce((a, w) => (w.length > a.length ? w : a), '')
      .slice(0, 24);
  const fixed = header.map((h, i) =>
    figures.has(i)
      ? Math.max(textTwips(longestWord(h), true), ...rows.map((r) => textTwips(r[i] ?? '')))
      : Math.max(textTwips(longestWord(h), true), ...rows.map((r) => textTwips(longestWord(r[i] ?? '')))),
  );
  const figuresWidth = fixed.reduce((sum, w, i) => sum + (figures.has(i) ? w : 0), 0);
  const textMinimum = fixed.reduce((sum, w, i) => sum + (figures.has(i) ? 0 : w), 0);
  if (figuresWidth + textMinimum > TEXT_WIDTH) {
    const scale = TEXT_WIDTH / (figuresWidth + textMinimum);
    return fixed.map((w) => Math.floor(w * scale));
  }
  // The room left over goes to the text columns, by the length of their contents.
  const weights = header.map((h, i) =>
    figures.has(i) ? 0 : Math.min(60, Math.max(8, h.length, ...rows.map((r) => (r[i] ?? '').length))),
  );
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const spare = TEXT_WIDTH - figuresWidth - textMinimum;
  if (totalWeight === 0) return fixed.map((w) => w + Math.floor(spare / fixed.length));
  return fixed.map((w, i) => w + Math.floor((spare * weights[i]!) / totalWeight));
}

function table(header: string[], rows: string[][], numeric: number[] = []): Table {
  const right = new Set(numeric);
  const widths = columnWidths(header, rows, numeric);
  const cell = (value: string, column: number, bold = false) =>
    new TableCell({
      width: { size: widths[column]!, type: WidthType.DXA },
      children: [
        new Paragraph({
          alignment: right.has(column) ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [text(value, { bold, size: TABLE_TEXT_SIZE })],
        }),
      ],
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, i, true)) }),
      // Rows may break across pages, as Word lets them by default: a row kept whole moves to the
      // next page at slightly different points in Word and in LibreOffice, and the contents' page
      // numbers, written for one, would then be wrong in the other.
      ...(rows.length ? rows : [header.map((_, i) => (i === 0 ? 'Aucune ligne.' : ''))]).map(
        (r) => new TableRow({ children: r.map((v, i) => cell(v, i)) }),
      ),
    ],
  });
}

function block(b: ReviewBlock): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'heading':
      return [
        ...(b.level === 1 && !b.text.startsWith('1.') ? [new Paragraph({ children: [new PageBreak()] })] : []),
        new Paragraph({
          heading: b.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          children: [text(b.text)],
        }),
      ];
    case 'paragraph':
      return [new Paragraph({ spacing: { after: 120 }, children: [text(b.text, { italics: b.italics ?? false })] })];
    case 'table':
      return [
        new Paragraph({
          spacing: { before: 160, after: 80 },
          keepNext: true,
          children: [text(b.caption, { bold: true })],
        }),
        table(b.header, b.rows, b.numeric),
      ];
    case 'chart': {
      const svg = chartSvg(b.bars, b.title);
      const png = chartPng(b.bars, b.title);
      const scale = 600 / svg.width;
      return [
        new Paragraph({
          spacing: { before: 160, after: 80 },
          keepNext: true,
          children: [text(b.title, { bold: true })],
        }),
        new Paragraph({
          keepNext: true,
          children: [
            new ImageRun({
              type: 'svg',
              data: Buffer.from(svg.svg, 'utf8'),
              fallback: { type: 'png', data: png.png },
              transformation: { width: Math.round(svg.width * scale), height: Math.round(svg.height * scale) },
              altText: {
                name: 'Graphique',
                title: b.title,
                description: `${b.title} : ${b.bars.map((bar) => `${bar.label} ${Math.round(bar.percent)} %`).join(', ')}`,
              },
            }),
          ],
        }),
        table(
          ['Indicateur', '% de la cible', 'Situation'],
          b.bars.map((bar) => [bar.label, formatPercent(bar.percent), bar.onTarget ? 'Atteinte' : 'Non atteinte']),
          [1],
        ),
      ];
    }
  }
}

/** The review as a docx Document (laid out to write its contents' page numbers). */
function reviewDocument(doc: ReviewDocument): Document {
  const children = [
    new Paragraph({ spacing: { before: 2400, after: 240 }, children: [text(doc.title, { bold: true, size: 52 })] }),
    new Paragraph({ spacing: { after: 480 }, children: [text(doc.subtitle, { size: 28 })] }),
    new Paragraph({ spacing: { after: 360 }, children: [text(doc.conventionTitle, { bold: true, size: 24 })] }),
    new Paragraph({ spacing: { after: 120 }, children: [text('Entre les parties', { bold: true })] }),
    ...doc.parties.map((p) => new Paragraph({ spacing: { after: 80 }, children: [text(p)] })),
    new Paragraph({
      spacing: { before: 720 },
      children: [text(`Établi par Copil le ${formatDateFr(doc.generatedOn)}`, { italics: true })],
    }),
    new Paragraph({ children: [new PageBreak()] }),
    // A title, not a heading: the contents do not list themselves.
    new Paragraph({ spacing: { after: 240 }, children: [text('Sommaire', { bold: true, size: 30 })] }),
    new TableOfContents('Sommaire', { hyperlink: true, headingStyleRange: '1-2' }),
    new Paragraph({ children: [new PageBreak()] }),
    ...doc.blocks.flatMap(block),
  ];
  return new Document({
    creator: 'Copil',
    title: `${doc.title} — ${doc.conventionTitle}`,
    styles: { default: { document: { run: { font: 'DejaVu Sans', size: 19 } } } },
    // Word refreshes the contents' page numbers on opening (it asks first); others show them as written.
    features: { updateFields: true },
    pageNumbers: layout(),
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    size: 16,
                    children: [`${doc.title} — page `, PageNumber.CURRENT, ' sur ', PageNumber.TOTAL_PAGES],
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
}

export async function reviewDocx(doc: ReviewDocument): Promise<Buffer> {
  return Packer.toBuffer(reviewDocument(doc));
}
