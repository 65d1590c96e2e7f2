import { z } from 'zod';

export const organisationKinds = ['department', 'landlord', 'control_body'] as const;
export const organisationKindLabels: Record<(typeof organisationKinds)[number], string> = {
  department: 'Département',
  landlord: 'Bailleur social',
  control_body: 'Organisme de contrôle',
};

export const organisation = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(organisationKinds),
  siret: z.string(),
  address: z.string().nullable(),
});
export type Organisation = z.infer<typeof organisation>;

export const createOrganisationBody = z.object({
  name: z.string().trim().min(1, 'Le nom est obligatoire.').max(300),
  kind: z.enum(organisationKinds, 'Type inconnu : département, bailleur social ou organisme de contrôle.'),
  siret: z.string().trim(),
  address: z.string().trim().max(500).nullable().optional(),
});
export type CreateOrganisationBody = z.infer<typeof createOrganisationBody>;

export const conventionStatuses = ['draft', 'signed', 'in_force', 'terminated', 'expired'] as const;
export type ConventionStatus = (typeof conventionStatuses)[number];
export const conventionStatusLabels: Record<ConventionStatus, string> = {
  draft: 'Projet (non signée)',
  signed: 'Signée, pas encore en vigueur',
  in_force: 'En vigueur',
  terminated: 'Résiliée',
  expired: 'Échue',
};

export const partyRoles = ['department', 'landlord', 'controller'] as const;

export const conventionSummary = z.object({
  id: z.string(),
  title: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  status: z.enum(conventionStatuses),
  parties: z.array(z.object({ organisationId: z.string(), name: z.string(), partyRole: z.enum(partyRoles) })),
});
export type ConventionSummary = z.infer<typeof conventionSummary>;

export const conventionHeader = z.object({
  id: z.string(),
  title: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  signaturePlace: z.string().nullable(),
  signatureDate: z.string().nullable(),
  jurisdiction: z.string(),
  terminatedOn: z.string().nullable(),
  status: z.enum(conventionStatuses),
  parties: z.array(
    z.object({
      organisation,
      partyRole: z.enum(partyRoles),
      designation: z.string().nullable(),
      representation: z.string().nullable(),
      signatories: z.array(z.object({ fullName: z.string(), title: z.string() })),
    }),
  ),
});
export type ConventionHeader = z.infer<typeof conventionHeader>;
