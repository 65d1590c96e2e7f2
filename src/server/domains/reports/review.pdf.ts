import { formatPercent } from '../../../contracts/format';
import { formatDateFr } from '../../../contracts/dates';
import { pdf } from '../../platform/pdf';
import { chartSvg } from './chart';
import type { ReviewBlock, ReviewDocument } from './review.rules';

/**
 * The review as PDF (pdfmake, DejaVu Sans embedded, set up once by governance/extract.ts): cover
 * with the parties, table of contents with page numbers, numbered pages, the chart as SVG with its
 * data table beside it.
 */

type Node = Record<string, unknown> | string;

function table(b: Extract<ReviewBlock, { kind: 'table' }>): Node[] {
  const numeric = new Set(b.numeric ?? []);
  const cell = (text: string, column: number, header = false) => ({
    text,
    bold: header,
    fontSize: header ? 8.5 : 8.5,
    alignment: numeric.has(column) ? 'right' : 'left',
  });
  return [
    { text: b.caption, bold: true, margin: [0, 8, 0, 4] },
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: b.header.map((_, i) => (i === 0 ? '*' : 'auto')),
        body: [
          b.header.map((h, i) => cell(h, i, true)),
          ...(b.rows.length
            ? b.rows.map((r) => r.map((text, i) => cell(text, i)))
            : [b.header.map((_, i) => cell(i === 0 ? 'Aucune ligne.' : '', i))]),
        ],
      },
      layout: 'lightHorizontalLines',
      margin: [0, 0, 0, 8],
    },
  ];
}

function block(b: ReviewBlock, next: ReviewBlock | undefined): Node[] {
  switch (b.kind) {
    case 'heading':
      return b.level === 1
        ? [{ text: b.text, style: 'h1', tocItem: true, pageBreak: b.text.startsWith('1.') ? undefined : 'before' }]
        : [{ text: b.text, style: 'h2', tocItem: true, tocMargin: [14, 0, 0, 0] }];
    case 'paragraph':
      return [{ text: b.text, italics: b.italics ?? false, margin: [0, 0, 0, 6] }];
    case 'table':
      return table(b);
    case 'chart': {
      const { svg } = chartSvg(b.bars, b.title);
      // The chart and, beside it, the same figures as a table (percentages of target).
      return [
        { text: b.title, bold: true, margin: [0, 8, 0, 4] },
        {
          columns: [
            { svg, width: 300 },
            {
              width: '*',
              table: {
                headerRows: 1,
                widths: ['*', 'auto', 'auto'],
                body: [
                  [
                    { text: 'Indicateur', bold: true, fontSize: 8 },
                    { text: '% de la cible', bold: true, fontSize: 8 },
                    { text: 'Situation', bold: true, fontSize: 8 },
                  ],
                  ...b.bars.map((bar) => [
                    { text: bar.label, fontSize: 8 },
                    {
                      text: formatPercent(bar.percent),
                      fontSize: 8,
                      alignment: 'right',
                    },
                    { text: bar.onTarget ? 'Atteinte' : 'Non atteinte', fontSize: 8 },
                  ]),
                ],
              },
              layout: 'lightHorizontalLines',
            },
          ],
          columnGap: 12,
          margin: [0, 4, 0, next?.kind === 'paragraph' ? 4 : 10],
        },
      ];
    }
  }
}

export async function reviewPdf(doc: ReviewDocument): Promise<Buffer> {
  const cover: Node[] = [
    { text: doc.title, fontSize: 26, bold: true, margin: [0, 120, 0, 12] },
    { text: doc.subtitle, fontSize: 14, margin: [0, 0, 0, 24] },
    { text: doc.conventionTitle, fontSize: 12, bold: true, margin: [0, 0, 0, 18] },
    { text: 'Entre les parties', bold: true, margin: [0, 0, 0, 6] },
    ...doc.parties.map((p) => ({ text: p, margin: [0, 0, 0, 4] })),
    {
      text: `Établi par Copil le ${formatDateFr(doc.generatedOn)}`,
      italics: true,
      margin: [0, 36, 0, 0],
      pageBreak: 'after',
    },
    { toc: { title: { text: 'Sommaire', style: 'h1' }, numberStyle: { bold: false } }, pageBreak: 'after' },
  ];
  const content = [...cover, ...doc.blocks.flatMap((b, i) => block(b, doc.blocks[i + 1]))];
  return pdf()
    .createPdf({
      info: { title: `${doc.title} — ${doc.conventionTitle}`, creator: 'Copil' },
      pageSize: 'A4',
      pageMargins: [48, 48, 48, 56],
      defaultStyle: { font: 'DejaVuSans', fontSize: 9.5, lineHeight: 1.15 },
      styles: {
        h1: { fontSize: 15, bold: true, margin: [0, 0, 0, 10] },
        h2: { fontSize: 11.5, bold: true, margin: [0, 10, 0, 6] },
      },
      footer: (currentPage: number, pageCount: number) => ({
        text: `${doc.title} — page ${currentPage} sur ${pageCount}`,
        alignment: 'center',
        fontSize: 8,
        margin: [0, 20, 0, 0],
      }),
      content,
    })
    .getBuffer();
}
