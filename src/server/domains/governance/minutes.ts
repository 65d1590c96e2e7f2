import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import { formatDateFr } from '../../../contracts/dates';
import { actionItemStatusLabels, type ActionItemStatus } from '../../../contracts/governance';
import { pdf } from '../../platform/pdf';
import { ofBody } from './extract';
import { formalFullName, joinFr, longDateFr, type Person } from './names.rules';

/**
 * The minutes (compte rendu) of a COPIL, COTECH or thematic meeting, written from the structured
 * meeting: the parties, the co-chairs (COPIL), the participants of each party present, excused or
 * absent, the agenda, the minutes' text, the decisions taken and the action items decided and
 * followed up. buildMinutes is pure (the text, section by section); minutesPdf and minutesDocx lay
 * it out with the same tools as the decision extract (platform/pdf.ts pdfmake with DejaVu Sans, and
 * docx).
 */

export interface MinutesInput {
  bodyName: string;
  heldOn: string;
  place: string | null;
  /** The convention's parties, Département first. */
  parties: { id: string; name: string }[];
  coChairs: { department: ChairInput | null; landlord: ChairInput | null } | null;
  participants: { person: Person; organisationId: string | null; function: string | null; status: string }[];
  agenda: { position: number; title: string }[];
  minutes: string | null;
  decisions: { text: string; agendaPosition: number | null }[];
  actionItems: ActionInput[];
  followUp: ActionInput[];
}
type ChairInput = { person: Person; function: string | null };
type ActionInput = { title: string; owner: string | null; dueOn: string | null; status: ActionItemStatus };

export interface MinutesSection {
  title: string;
  lines: string[];
}

export interface Minutes {
  header: string[];
  heading: string;
  sessionLine: string;
  sections: MinutesSection[];
}

const withFunction = (p: { person: Person; function: string | null }) =>
  p.function ? `${formalFullName(p.person)}, ${p.function}` : formalFullName(p.person);

const paragraphs = (text: string | null) =>
  (text ?? '')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);

function actionLine(a: ActionInput): string {
  const facts = [
    `responsable : ${a.owner ?? 'non désigné'}`,
    `échéance : ${a.dueOn ? formatDateFr(a.dueOn) : 'aucune'}`,
    `statut : ${actionItemStatusLabels[a.status].toLowerCase()}`,
  ];
  return `${a.title} (${facts.join(' ; ')})`;
}

/** Participants grouped by party (then others), each group split by presence. */
function attendanceLines(input: MinutesInput): string[] {
  const groups = [
    ...input.parties.map((p) => ({ label: `Pour ${p.name}`, match: (id: string | null) => id === p.id })),
    {
      label: 'Autres participants',
      match: (id: string | null) => !input.parties.some((p) => p.id === id),
    },
  ];
  const statuses = [
    ['present', 'présents', 'présent'],
    ['excused', 'excusés', 'excusé'],
    ['absent', 'absents', 'absent'],
  ] as const;
  const lines: string[] = [];
  for (const g of groups) {
    const people = input.participants.filter((p) => g.match(p.organisationId));
    for (const [status, many, one] of statuses) {
      const these = people.filter((p) => p.status === status);
      if (these.length === 0) continue;
      lines.push(`${g.label}, ${these.length > 1 ? many : one} : ${these.map(withFunction).join(' ; ')}.`);
    }
  }
  return lines.length ? lines : ['Aucun participant enregistré.'];
}

export function buildMinutes(input: MinutesInput): Minutes {
  const sections: MinutesSection[] = [];
  if (input.coChairs) {
    const chairs = [input.coChairs.department, input.coChairs.landlord].filter((c): c is ChairInput => c !== null);
    sections.push({
      title: 'Coprésidence',
      lines: chairs.length
        ? [`Réunion coprésidée par ${joinFr(chairs.map(withFunction))}.`]
        : ['Coprésidents non renseignés.'],
    });
  }
  sections.push({ title: 'Participants', lines: attendanceLines(input) });
  sections.push({
    title: 'Ordre du jour',
    lines: input.agenda.length ? input.agenda.map((a) => `${a.position}. ${a.title}`) : ['Aucun point.'],
  });
  sections.push({
    title: 'Compte rendu',
    lines: paragraphs(input.minutes).length ? paragraphs(input.minutes) : ['Pas de compte rendu rédigé.'],
  });
  sections.push({
    title: 'Relevé de décisions',
    lines: input.decisions.length
      ? input.decisions.map((d) => (d.agendaPosition !== null ? `Point ${d.agendaPosition} : ${d.text}` : d.text))
      : ['Aucune décision.'],
  });
  sections.push({
    title: 'Actions décidées',
    lines: input.actionItems.length ? input.actionItems.map(actionLine) : ['Aucune action.'],
  });
  if (input.followUp.length)
    sections.push({ title: 'Suivi des actions des réunions précédentes', lines: input.followUp.map(actionLine) });
  return {
    header: input.parties.map((p) => p.name.toUpperCase()),
    heading: `COMPTE RENDU DE LA RÉUNION ${ofBody(input.bodyName).toUpperCase()}`,
    sessionLine: `Réunion du ${longDateFr(input.heldOn)}${input.place ? ` — ${input.place}` : ''}`,
    sections,
  };
}

/** Every line of the minutes in reading order (for tests and plain-text uses). */
export function minutesLines(m: Minutes): string[] {
  return [...m.header, m.heading, m.sessionLine, ...m.sections.flatMap((s) => [s.title, ...s.lines])];
}

export async function minutesPdf(m: Minutes): Promise<Buffer> {
  const para = (text: string, style: Record<string, unknown> = {}) => ({ text, margin: [0, 0, 0, 6], ...style });
  const content = [
    ...m.header.map((h) => para(h, { bold: true })),
    para(m.heading, { bold: true, alignment: 'center', margin: [0, 18, 0, 6] }),
    para(m.sessionLine, { bold: true, alignment: 'center', margin: [0, 0, 0, 14] }),
    ...m.sections.flatMap((s) => [
      para(s.title, { bold: true, fontSize: 12, margin: [0, 12, 0, 6] }),
      ...s.lines.map((line) => para(line, { alignment: 'justify' })),
    ]),
  ];
  return pdf()
    .createPdf({
      info: { title: `${m.heading} — ${m.sessionLine}`, creator: 'Copil' },
      pageSize: 'A4',
      pageMargins: [56, 56, 56, 56],
      defaultStyle: { font: 'DejaVuSans', fontSize: 10, lineHeight: 1.15 },
      content,
    })
    .getBuffer();
}

export async function minutesDocx(m: Minutes): Promise<Buffer> {
  const p = (text: string, options: { bold?: boolean; center?: boolean; before?: number; heading?: boolean } = {}) =>
    new Paragraph({
      alignment: options.center ? AlignmentType.CENTER : AlignmentType.LEFT,
      spacing: { before: options.before ?? 0, after: 120 },
      ...(options.heading ? { heading: 'Heading2' as const } : {}),
      children: [new TextRun({ text, bold: options.bold ?? false })],
    });
  const children = [
    ...m.header.map((h) => p(h, { bold: true })),
    p(m.heading, { bold: true, center: true, before: 240 }),
    p(m.sessionLine, { bold: true, center: true }),
    ...m.sections.flatMap((s) => [p(s.title, { bold: true, before: 240, heading: true }), ...s.lines.map((l) => p(l))]),
  ];
  const document = new Document({
    creator: 'Copil',
    title: `${m.heading} — ${m.sessionLine}`,
    styles: { default: { document: { run: { font: 'DejaVu Sans', size: 20 } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}
