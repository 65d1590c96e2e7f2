import type { AlignmentType as AlignmentTypes } from 'docx';
import { formatDateFr } from '../../../contracts/dates';
import { pdf } from '../../platform/pdf';
import type { AttendanceStatus, BodyKind } from '../../../contracts/governance';
import { formalFullName, formalName, joinFr, longDateFr, nameKey, rapporteurName, type Person } from './names.rules';

/**
 * The extract of the minutes (« décision extraite du procès-verbal », « extrait du registre des
 * délibérations »), written from the structured data: body, session, president, members present,
 * excused with or without proxy, absent, rapporteur, title, report, decision, the members who did
 * not take part, the outcome and the signature block. buildExtract is pure (the text, line by
 * line); extractPdf (pdfmake, DejaVu Sans embedded for every French character) and extractDocx
 * (docx) lay it out.
 */

export interface ExtractInput {
  kind: BodyKind;
  bodyName: string;
  organisationName: string;
  heldOn: string;
  convocation: 'first' | 'second';
  reference: string;
  president: Person | null;
  /** In the order recorded (the minutes' order). */
  attendance: { person: Person; status: AttendanceStatus; proxyHolder: Person | null }[];
  rapporteur: Person | null;
  title: string;
  report: string | null;
  decisionText: string | null;
  recused: { person: Person; quality: string | null }[];
  outcomeWording: string;
  delegation: { reference: string; bodyName: string; grantedOn: string; description: string } | null;
  corrections: { correctedOn: string; field: string; reason: string }[];
  signatory: { name: string; title: string | null } | null;
}

export interface Extract {
  header: string[];
  heading: string;
  sessionLine: string;
  reference: string;
  attendance: string[];
  title: string;
  rapporteur: string | null;
  report: string[];
  decision: string[];
  nonParticipation: string[];
  outcome: string;
  corrections: string[];
  signature: string[];
}

const FEMININE = /^(commission|assembl|réunion|conférence)/i;

/** « du Conseil d'administration », « de la Commission permanente », « de l'Assemblée plénière ». */
export function ofBody(name: string): string {
  if (/^[aeiouyéèêh]/i.test(name)) return `de l'${name}`;
  return FEMININE.test(name) ? `de la ${name}` : `du ${name}`;
}

const paragraphs = (text: string | null) =>
  (text ?? '')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
const plural = (n: number, word: string) => (n > 1 ? `${word}s` : word);

/** The sentence on the members who did not take part, grouped under their quality when they share one. */
export function nonParticipation(recused: { person: Person; quality: string | null }[]): string[] {
  if (recused.length === 0) return [];
  const councillors = recused.every((r) => /^CONSEILLERE?DEPARTEMENTALE?$/.test(nameKey(r.quality ?? '')));
  const allWomen = recused.every((r) => r.person.civility === 'Mme');
  const names = recused.map((r) => formalFullName(r.person));
  if (recused.length === 1) {
    const who = councillors
      ? allWomen
        ? 'La conseillère départementale'
        : 'Le conseiller départemental'
      : allWomen
        ? 'La membre'
        : 'Le membre';
    return [`${who} n'ayant pas participé aux débats et au vote.`, `Il s'agit de ${names[0]}.`];
  }
  const who = councillors
    ? allWomen
      ? 'Les conseillères départementales'
      : 'Les conseillers départementaux'
    : 'Les membres';
  return [`${who} n'ayant pas participé aux débats et au vote.`, `Ce sont ${joinFr(names)}.`];
}

export function buildExtract(input: ExtractInput): Extract {
  const isOffice = input.kind === 'oph_board' || input.kind === 'oph_bureau';
  const heading = isOffice
    ? `Décision extraite du procès-verbal de la réunion ${ofBody(input.bodyName)}`
    : `Extrait du registre des délibérations ${ofBody(input.bodyName)}`;
  const present = input.attendance.filter((a) => a.status === 'present');
  const represented = input.attendance.filter((a) => a.status === 'represented');
  const excused = input.attendance.filter((a) => a.status === 'excused');
  const absent = input.attendance.filter((a) => a.status === 'absent');
  const attendance: string[] = [];
  if (input.president)
    attendance.push(
      `${input.president.civility === 'Mme' ? 'Présidente' : 'Président'} : ${formalName(input.president)}`,
    );
  if (present.length)
    attendance.push(`${plural(present.length, 'Présent')} : ${present.map((a) => formalName(a.person)).join(', ')}.`);
  const proxies = represented.map((a) => `${formalName(a.person)} qui a donné pouvoir à ${formalName(a.proxyHolder!)}`);
  const excusedNames = excused.map((a) => formalName(a.person));
  const excusedCount = represented.length + excused.length;
  if (proxies.length) {
    attendance.push(`${plural(excusedCount, 'Excusé')} : ${proxies.join(', ')}.`);
    if (excusedNames.length) attendance.push(`${excusedNames.join(', ')}.`);
  } else if (excusedNames.length) attendance.push(`${plural(excusedCount, 'Excusé')} : ${excusedNames.join(', ')}.`);
  if (absent.length)
    attendance.push(`${plural(absent.length, 'Absent')} : ${absent.map((a) => formalName(a.person)).join(', ')}.`);
  const decision = paragraphs(input.decisionText);
  if (input.delegation) {
    decision.unshift(
      `Vu la délibération n° ${input.delegation.reference} ${ofBody(input.delegation.bodyName)} du ${longDateFr(input.delegation.grantedOn)} : ${input.delegation.description}`,
    );
  }
  return {
    header: [input.organisationName.toUpperCase(), ...(isOffice ? ["Office Public de l'Habitat"] : [])],
    heading: heading.toUpperCase(),
    sessionLine: `SÉANCE DU ${longDateFr(input.heldOn).toUpperCase()}${input.convocation === 'second' ? ' (SECONDE CONVOCATION)' : ''}`,
    reference: `Délibération n° ${input.reference}`,
    attendance,
    title: input.title,
    rapporteur: input.rapporteur ? `Rapporteur : ${rapporteurName(input.rapporteur)}` : null,
    report: paragraphs(input.report),
    decision,
    nonParticipation: nonParticipation(input.recused),
    outcome: input.outcomeWording,
    corrections: input.corrections.map(
      (c) => `Rectification du ${formatDateFr(c.correctedOn)} (${c.field}) : ${c.reason}`,
    ),
    signature: input.signatory
      ? ['Pour extrait conforme,', input.signatory.name, ...(input.signatory.title ? [input.signatory.title] : [])]
      : [],
  };
}

/** Every line of the extract in reading order (for tests and plain-text uses). */
export function extractLines(e: Extract): string[] {
  return [
    ...e.header,
    e.heading,
    e.sessionLine,
    e.reference,
    ...e.attendance,
    e.title,
    ...(e.rapporteur ? [e.rapporteur] : []),
    ...e.report,
    '*****',
    ...e.decision,
    ...e.nonParticipation,
    e.outcome,
    ...e.corrections,
    ...e.signature,
  ];
}

// PDF: pdfmake configured once in platform/pdf.ts.

export async function extractPdf(e: Extract): Promise<Buffer> {
  const para = (text: string, style: Record<string, unknown> = {}) => ({ text, margin: [0, 0, 0, 6], ...style });
  const content = [
    ...e.header.map((h, i) => para(h, { bold: i === 0, alignment: 'left' })),
    para(e.heading, { bold: true, alignment: 'center', margin: [0, 18, 0, 6] }),
    para(e.sessionLine, { bold: true, alignment: 'center', margin: [0, 0, 0, 14] }),
    para(e.reference, { italics: true }),
    ...e.attendance.map((line) => para(line)),
    para(e.title, { bold: true, margin: [0, 12, 0, 6] }),
    ...(e.rapporteur ? [para(e.rapporteur, { italics: true })] : []),
    ...e.report.map((p) => para(p, { alignment: 'justify' })),
    para('*****', { alignment: 'center' }),
    ...e.decision.map((p) => para(p, { alignment: 'justify' })),
    ...e.nonParticipation.map((line) => para(line)),
    para(e.outcome, { bold: true, margin: [0, 10, 0, 10] }),
    ...e.corrections.map((line) => para(line, { italics: true, fontSize: 9 })),
    ...e.signature.map((line, i) => para(line, { alignment: 'right', margin: [0, i === 0 ? 18 : 0, 0, 2] })),
  ];
  return pdf()
    .createPdf({
      info: { title: `${e.heading} — ${e.reference}`, creator: 'Copil' },
      pageSize: 'A4',
      pageMargins: [56, 56, 56, 56],
      defaultStyle: { font: 'DejaVuSans', fontSize: 10, lineHeight: 1.15 },
      content,
    })
    .getBuffer();
}

// ---------------------------------------------------------------------------------------------
// DOCX: the same lines, for the document people edit and sign

export async function extractDocx(e: Extract): Promise<Buffer> {
  // docx (≈ 10 MB resident) is loaded by the first DOCX asked for, not at start-up.
  const { AlignmentType, Document, Packer, Paragraph, TextRun } = await import('docx');
  const p = (
    text: string,
    options: {
      bold?: boolean;
      italics?: boolean;
      align?: (typeof AlignmentTypes)[keyof typeof AlignmentTypes];
      before?: number;
    } = {},
  ) =>
    new Paragraph({
      alignment: options.align ?? AlignmentType.LEFT,
      spacing: { before: options.before ?? 0, after: 120 },
      children: [new TextRun({ text, bold: options.bold ?? false, italics: options.italics ?? false })],
    });
  const children = [
    ...e.header.map((h, i) => p(h, { bold: i === 0 })),
    p(e.heading, { bold: true, align: AlignmentType.CENTER, before: 240 }),
    p(e.sessionLine, { bold: true, align: AlignmentType.CENTER }),
    p(e.reference, { italics: true }),
    ...e.attendance.map((line) => p(line)),
    p(e.title, { bold: true, before: 240 }),
    ...(e.rapporteur ? [p(e.rapporteur, { italics: true })] : []),
    ...e.report.map((line) => p(line, { align: AlignmentType.JUSTIFIED })),
    p('*****', { align: AlignmentType.CENTER }),
    ...e.decision.map((line) => p(line, { align: AlignmentType.JUSTIFIED })),
    ...e.nonParticipation.map((line) => p(line)),
    p(e.outcome, { bold: true, before: 200 }),
    ...e.corrections.map((line) => p(line, { italics: true })),
    ...e.signature.map((line, i) => p(line, { align: AlignmentType.RIGHT, before: i === 0 ? 360 : 0 })),
  ];
  const document = new Document({
    creator: 'Copil',
    title: `${e.heading} — ${e.reference}`,
    styles: { default: { document: { run: { font: 'DejaVu Sans', size: 20 } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}
