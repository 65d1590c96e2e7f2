import { describe, expect, it } from 'vitest';
import { chartBars, buildReview, dutyState, reviewText, type ReviewInput } from './review.rules';
import { Resvg } from '@resvg/resvg-js';
import { columnWidths, reviewDocx } from './review.docx';
import { chartPng } from './chart';
import { reviewPdf } from './review.pdf';
import { pdfText, unzipEntry } from '../../test/documents';

const input: ReviewInput = {
  year: 2024,
  today: '2026-11-29',
  asOf: '2024-12-31',
  convention: {
    title: 'Convention de test 2024-2033',
    periodStart: '2024-01-01',
    periodEnd: '2033-12-31',
    parties: [
      { name: 'Département du Pas-de-Calais', role: 'Département', signatories: ['Daniel MACIEJASZ, Vice-Président'] },
    ],
  },
  objectives: [
    {
      code: '1',
      title: 'Garantir une offre de qualité',
      axes: [
        {
          code: '1.1',
          title: 'Réhabilitation',
          commitments: [
            {
              code: '1.1.a',
              party: 'landlord',
              text: 'Réhabiliter les 10 245 logements',
              status: 'in_progress',
              comment: 'Premières livraisons',
            },
          ],
        },
      ],
    },
  ],
  partnerCommitments: [],
  indicators: [
    {
      code: 'ADAPT',
      label: 'Logements adaptés',
      unit: 'logements',
      objectiveCode: '1',
      direction: 'higher',
      target: '250',
      value: '262',
      status: 'on_target',
      source: null,
    },
    {
      code: 'MAINT-LOG',
      label: 'Maintenance',
      unit: 'logements',
      objectiveCode: '1',
      direction: 'higher',
      target: '2500',
      value: '1200',
      status: 'off_target',
      source: null,
    },
    {
      code: 'INTERDITS',
      label: 'Interdits',
      unit: 'logements',
      objectiveCode: '1',
      direction: 'lower',
      target: '0',
      value: '12',
      status: 'off_target',
      source: null,
    },
  ],
  envelopes: [
    {
      label: 'AP investissement',
      amount: '100000000.00',
      allocatedYear: '4000000.00',
      committedYear: '4000000.00',
      paidYear: '1200000.00',
      paidTotal: '1200000.00',
      left: '98800000.00',
    },
  ],
  operations: [{ kind: 'adaptation', operations: 3, dwellings: 262 }],
  trajectory: {
    asOf: '2024-12-31',
    isDemo: true,
    deadlines: [
      {
        date: '2025-01-01',
        banned: 205,
        delivered: 193,
        planned: 0,
        notProgrammed: 12,
        deliveredCounted: 100,
        plannedCounted: 0,
      },
    ],
  },
  sessions: [{ heldOn: '2024-02-16', bodyName: "Conseil d'administration", place: 'Arras' }],
  decisions: [
    {
      reference: 'CA-2024-001',
      decidedOn: '2024-02-16',
      title: 'Approbation de la convention',
      bodyName: "Conseil d'administration",
    },
  ],
  meetingDecisions: [],
  actionItems: [
    {
      heldOn: '2024-11-20',
      bodyName: 'Comité de pilotage',
      title: 'Transmettre le prévisionnel',
      dueOn: '2024-11-30',
      status: 'done',
    },
  ],
  reportedEvents: [
    {
      reference: 'EVT-001',
      category: 'delay',
      title: 'Défaillance du lot menuiseries',
      reportedOn: '2024-05-02',
      status: 'closed',
    },
    {
      reference: 'EVT-002',
      category: 'cost_change',
      title: 'Hausse des isolants',
      reportedOn: '2024-11-20',
      status: 'reported',
    },
  ],
  guaranteesInExamination: [
    {
      reference: 'GAR-003',
      lender: 'Banque des Territoires',
      operationLabel: 'Résidence Les Tilleuls',
      loanAmount: '2400000.00',
      submittedOn: '2024-12-02',
    },
  ],
  duties: [
    {
      title: 'Prévisionnel de novembre',
      party: 'landlord',
      dueOn: '2024-11-30',
      doneOn: '2024-11-28',
      status: 'done',
      doneLate: false,
    },
    {
      title: 'Tableau semestriel',
      party: 'landlord',
      dueOn: '2024-07-31',
      doneOn: null,
      status: 'late',
      doneLate: false,
    },
  ],
};

describe('annual review model', () => {
  it('charts only indicators with a positive target to reach, as a share of it', () => {
    expect(chartBars(input.indicators)).toEqual([
      { label: 'ADAPT', percent: 104.8, onTarget: true },
      { label: 'MAINT-LOG', percent: 48, onTarget: false },
    ]);
  });
  it('follows up article 3: the year’s reported events and the guarantee requests in examination', () => {
    const text = reviewText(buildReview(input));
    expect(text).toContain(
      "2 faits signalés par l'office en 2024 (article 3.2) : 1 sans accusé de réception et 1 en suivi au 31/12/2024.",
    );
    expect(text).toContain(
      'EVT-002 | Évolution du coût | Hausse des isolants | 20/11/2024 | Signalé, sans accusé de réception',
    );
    expect(text).toContain("1 demande de garantie d'emprunt en examen au 31/12/2024 (article 3.1).");
    const empty = reviewText(buildReview({ ...input, reportedEvents: [], guaranteesInExamination: [] }));
    expect(empty).toContain(
      "0 fait signalé par l'office en 2024 (article 3.2) : 0 sans accusé de réception et 0 en suivi au 31/12/2024.",
    );
    expect(empty.some((l) => l.startsWith('Faits signalés en'))).toBe(false);
  });

  it('tells duties met, met late, late and upcoming', () => {
    expect(dutyState({ status: 'done', doneLate: false })).toBe('met');
    expect(dutyState({ status: 'done', doneLate: true })).toBe('met_late');
    expect(dutyState({ status: 'late', doneLate: false })).toBe('late');
    expect(dutyState({ status: 'due_soon', doneLate: false })).toBe('upcoming');
    expect(dutyState({ status: 'upcoming', doneLate: false })).toBe('upcoming');
  });
  it('writes every section with fr-FR figures; the pack adds next year’s application', () => {
    const text = reviewText(buildReview(input)).join('\n');
    expect(text).toContain('Bilan annuel 2024');
    expect(text).toContain('1.1.a — Réhabiliter les 10 245 logements | Office | En cours | Premières livraisons');
    expect(text).toContain('ADAPT — Logements adaptés | 250 logements | 262 logements | Cible atteinte');
    expect(text).toContain('Enveloppes en 2024, au 31/12/2024\nMontant | AP investissement');
    expect(text).toMatch(/Voté \(révisé au 31\/12\/2024\) \| 100\s000\s000,00\s€\n/);
    expect(text).toMatch(/Engagé 2024 \| 4\s000\s000,00\s€\nVersé 2024 \| 1\s200\s000,00\s€\n/);
    expect(text).toMatch(/Reste à verser au 31\/12\/2024 \| 98\s800\s000,00\s€\n/);
    expect(text).toContain('Adaptation (vieillissement, handicap) | 3 | 262');
    expect(text).toContain('01/01/2025 | 205 | 193 | 0 | 12');
    // Which part comes from dwellings counted by class (issue #21).
    expect(text).toContain('Dont logements dénombrés par classe');
    expect(text).toContain('au 01/01/2025, 100 livrés et 0 programmés.');
    expect(text).toContain('CA-2024-001 | 16/02/2024');
    expect(text).toContain('Comité de pilotage, 20/11/2024 | Transmettre le prévisionnel | 30/11/2024 | Fait');
    expect(text).toContain('2 échéances en 2024 : 1 remplies, dont 0 en retard ; 1 en retard non remplies.');
    expect(text).not.toContain('Projet de demande');
    const pack = reviewText(
      buildReview({
        ...input,
        forecast: {
          year: 2025,
          status: 'submitted',
          renovationsByClass: { G: 120, F: 300 },
          maintenanceDwellings: 2500,
          adaptations: 260,
          investmentRequested: '6500000.00',
          operatingRequested: '5000000.00',
        },
      }),
    ).join('\n');
    expect(pack).toContain('Dossier du COPIL 2024');
    expect(pack).toContain('7. Projet de demande 2025');
    expect(pack).toContain('Réhabilitation de logements classés G | 120');
    expect(pack).toMatch(/Investissement \(autorisation de programme\) \| 6\s500\s000,00\s€/);
    expect(reviewText(buildReview({ ...input, forecast: null })).join('\n')).toContain(
      "Le prévisionnel de volumes 2025 n'a pas encore été établi par l'office.",
    );
  });
  it('lays it out as a PDF whose text holds the figures, with a contents page and page numbers', async () => {
    const pdf = await reviewPdf(buildReview(input));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain('Bilan annuel 2024');
    expect(text).toContain('Sommaire');
    // The contents give each section its page: the first section starts on page 3.
    expect(text).toMatch(/1\. Objectifs et engagements\s*3\n/);
    expect(text).toContain('Daniel MACIEJASZ, Vice-Président');
    expect(text).toMatch(/100\s000\s000,00\s€/);
    expect(text).toContain('262 logements');
    expect(text).toMatch(/page 1 sur \d+/);
  });
  it('lays it out as a DOCX with a real table of contents (a TOC field over Heading1/Heading2, page numbers written in) and « page n sur N »', async () => {
    const review = buildReview(input);
    const docx = await reviewDocx(review);
    const xml = unzipEntry(docx, 'word/document.xml')!;
    const paragraphs = xml.split('</w:p>').map((p) => {
      const runs = [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!.replace(/&apos;/g, "'"));
      return { style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1], runs, text: runs.join('') };
    });
    expect(xml).toContain('TOC \\h \\o &quot;1-2&quot;');
    const headings = review.blocks.filter((b) => b.kind === 'heading');
    for (const h of headings)
      expect(
        paragraphs.some((p) => p.style === `Heading${h.level}` && p.text === h.text),
        h.text,
      ).toBe(true);
    // One entry per heading, in order, each ending with the page it starts on (cover, contents, then the sections).
    const entries = paragraphs.filter((p) => p.style === 'TOC1' || p.style === 'TOC2');
    expect(entries.map((e) => e.runs.slice(0, -1).join(''))).toEqual(headings.map((h) => h.text));
    const pages = entries.map((e) => Number(e.runs.at(-1)));
    expect(pages[0]).toBe(3);
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
    expect(unzipEntry(docx, 'word/settings.xml')).toContain('<w:updateFields/>');
    const footer = unzipEntry(docx, 'word/footer1.xml')!;
    expect(footer).toMatch(/PAGE[\s\S]*NUMPAGES/);
    expect(footer).toContain(' sur ');
  });
  it('gives amount columns of the DOCX the width of "100 000 000,00 €" on one line (issue #20)', async () => {
    // "100 000 000,00 €" in DejaVu Sans at 8.5 pt: 11 digits and € at 0.636 em, 3 spaces and the
    // comma at 0.318 em = 8.904 em ≈ 75.7 pt ≈ 1,514 twips, plus two cell margins of 108.
    const ONE_LINE = 1514 + 216;
    const docx = await reviewDocx(buildReview(input));
    const xml = unzipEntry(docx, 'word/document.xml')!;
    const tables = xml.split('<w:tbl>').slice(1);
    const envelopes = tables.find((t) => /100\s000\s000,00\s€/.test(t))!;
    const grid = [...envelopes.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(2);
    expect(grid[1]).toBeGreaterThanOrEqual(ONE_LINE);
    // Three envelopes beside the row labels: each amount on one line, the whole within the page.
    const wide = columnWidths(
      ['Montant', 'A', 'B', 'C'],
      [['Voté (révisé au 31/12/2024)', ...Array(3).fill('100 000 000,00 €')]],
      [1, 2, 3],
    );
    expect(wide.slice(1).every((w) => w >= ONE_LINE)).toBe(true);
    expect(wide.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(9026);
    // A long text column does not squeeze the figures.
    const mixed = columnWidths(['Indicateur', 'Cible'], [['x'.repeat(300), '100 000 000,00 €']], [1]);
    expect(mixed[1]).toBeGreaterThanOrEqual(ONE_LINE);
  });
  it("draws the chart's PNG (LibreOffice's picture) from the SVG with its labels written in DejaVu Sans", () => {
    const bars = chartBars(input.indicators);
    const { png, width, height } = chartPng(bars, 'Réalisation des cibles 2024');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // resvg decodes the PNG back to pixels (drawn at twice the SVG's size).
    const image = new Resvg(
      `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width * 2}" height="${height * 2}"><image width="${width * 2}" height="${height * 2}" xlink:href="data:image/png;base64,${png.toString('base64')}"/></svg>`,
    ).render();
    const pixels = image.pixels; // a getter that copies the buffer: read once
    const dark = (x0: number, y0: number, x1: number, y1: number) => {
      let n = 0;
      for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (pixels[(y * image.width + x) * 4]! < 128) n += 1;
      return n;
    };
    // The labels are right-aligned left of the axis (x < 110 in the SVG), the title above the bars
    // (y < 20): the old hand-drawn PNG had nothing there, text being beyond it.
    expect(dark(0, 2 * 28, 2 * 100, image.height)).toBeGreaterThan(50);
    expect(dark(2 * 110, 0, image.width, 2 * 20)).toBeGreaterThan(50);
  });
});
