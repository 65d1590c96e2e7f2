import { NavLink } from 'react-router';

/** The sections of one thing (a convention, a stock), as a secondary navigation; the first link matches its own path only. */
export function SubNav({ label, links }: { label: string; links: { to: string; label: string }[] }) {
  return (
    <nav className="sub-nav" aria-label={label}>
      <ul>
        {links.map((l, i) => (
          <li key={l.to}>
            <NavLink to={l.to} end={i === 0}>
              {l.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
