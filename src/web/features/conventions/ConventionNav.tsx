import { NavLink } from 'react-router';

/** The sections of one convention, as a secondary navigation. */
export function ConventionNav({ id }: { id: string }) {
  const links = [
    { to: `/conventions/${id}`, label: 'La convention', end: true },
    { to: `/conventions/${id}/objectifs`, label: 'Objectifs et engagements', end: false },
    { to: `/conventions/${id}/finances`, label: 'Finances', end: false },
    { to: `/conventions/${id}/demandes`, label: 'Demandes de versement', end: false },
    { to: `/conventions/${id}/garanties`, label: 'Garanties', end: false },
    { to: `/conventions/${id}/avenants`, label: 'Avenants', end: false },
    { to: `/conventions/${id}/resiliation`, label: 'Résiliation', end: false },
    { to: `/conventions/${id}/impression`, label: 'Version imprimable', end: false },
  ];
  return (
    <nav className="sub-nav" aria-label="Sections de la convention">
      <ul>
        {links.map((l) => (
          <li key={l.to}>
            <NavLink to={l.to} end={l.end}>
              {l.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
