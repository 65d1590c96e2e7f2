import { SubNav } from '../../ui/SubNav';

/** The sections of one convention. */
export function ConventionNav({ id }: { id: string }) {
  return (
    <SubNav
      label="Sections de la convention"
      links={[
        { to: `/conventions/${id}`, label: 'La convention' },
        { to: `/conventions/${id}/objectifs`, label: 'Objectifs et engagements' },
        { to: `/conventions/${id}/finances`, label: 'Finances' },
        { to: `/conventions/${id}/demandes`, label: 'Demandes de versement' },
        { to: `/conventions/${id}/garanties`, label: 'Garanties' },
        { to: `/conventions/${id}/avenants`, label: 'Avenants' },
        { to: `/conventions/${id}/resiliation`, label: 'Résiliation' },
        { to: `/conventions/${id}/impression`, label: 'Version imprimable' },
      ]}
    />
  );
}
