import { SubNav } from '../../ui/SubNav';

/** The sections of one convention. */
export function ConventionNav({ id }: { id: string }) {
  return (
    <SubNav
      label="Sections de la convention"
      links={[
        { to: `/conventions/${id}`, label: 'La convention' },
        { to: `/conventions/${id}/objectifs`, label: 'Objectifs et engagements' },
        { to: `/conventions/${id}/indicateurs`, label: 'Indicateurs' },
        { to: `/conventions/${id}/bilan`, label: 'Bilan annuel' },
        { to: `/conventions/${id}/finances`, label: 'Finances' },
        { to: `/conventions/${id}/demandes`, label: 'Demandes de versement' },
        { to: `/conventions/${id}/garanties`, label: 'Garanties' },
        { to: `/conventions/${id}/operations`, label: 'Opérations' },
        { to: `/conventions/${id}/tableaux-avancement`, label: "Tableaux d'avancement" },
        { to: `/conventions/${id}/previsionnel`, label: 'Prévisionnel' },
        { to: `/conventions/${id}/instances`, label: 'Instances' },
        { to: `/conventions/${id}/deliberations`, label: 'Délibérations' },
        { to: `/conventions/${id}/obligations`, label: 'Obligations' },
        { to: `/conventions/${id}/faits-signales`, label: 'Faits signalés' },
        { to: `/conventions/${id}/communication`, label: 'Communication' },
        { to: `/conventions/${id}/controles`, label: 'Contrôles' },
        { to: `/conventions/${id}/avenants`, label: 'Avenants' },
        { to: `/conventions/${id}/resiliation`, label: 'Résiliation' },
        { to: `/conventions/${id}/impression`, label: 'Version imprimable' },
      ]}
    />
  );
}
