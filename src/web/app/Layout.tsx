import { useEffect, useRef, useState } from 'react';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { roleLabels } from '../../contracts/access';
import { NotificationsMenu } from '../features/obligations/NotificationsMenu';
import { visibleNav } from './navigation';
import { useSession } from './session';

/** The page frame: skip link, banner with the account menu, main navigation, main, footer. */
export function Layout() {
  const { user } = useSession();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);

  // After client-side navigation, move focus to the main content as a page load would.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [location.pathname]);

  if (!user) return null;
  return (
    <>
      <a className="skip-link" href="#contenu">
        Aller au contenu principal
      </a>
      <header className="site-header" role="banner">
        <div className="brand">
          <span className="brand-name">Copil</span>
          <span className="brand-tagline">Pilotage des conventions de partenariat</span>
        </div>
        <NotificationsMenu />
        <AccountMenu />
      </header>
      <nav className="main-nav" aria-label="Navigation principale">
        <ul>
          {visibleNav(user).map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end={item.to === '/'}>
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="contenu" tabIndex={-1} ref={mainRef}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>
          Copil — données partagées entre le Département et le bailleur ; chaque modification est tracée dans le journal
          d'audit.
        </p>
        <p>
          <a href="/api/docs">Documentation de l'API</a>
        </p>
      </footer>
    </>
  );
}

function AccountMenu() {
  const { user, logout } = useSession();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    const onClick = (event: MouseEvent) => {
      if (!menuRef.current?.contains(event.target as Node) && !buttonRef.current?.contains(event.target as Node))
        setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onClick);
    };
  }, [open]);

  if (!user) return null;
  return (
    <div className="account">
      <button
        ref={buttonRef}
        type="button"
        className="account-button"
        aria-expanded={open}
        aria-controls="menu-compte"
        onClick={() => setOpen((o) => !o)}
      >
        <span className="visually-hidden">Mon compte : </span>
        {user.displayName}
      </button>
      <div id="menu-compte" ref={menuRef} className="account-menu" hidden={!open}>
        <p className="account-name">{user.displayName}</p>
        <p>{user.email}</p>
        <p>{user.organisation ? user.organisation.name : 'Plateforme Copil'}</p>
        <p>{user.roles.map((r) => roleLabels[r]).join(', ')}</p>
        <p>
          <NavLink to="/compte/agenda" onClick={() => setOpen(false)}>
            Mon agenda des échéances
          </NavLink>
        </p>
        <p>
          <NavLink to="/compte/mot-de-passe" onClick={() => setOpen(false)}>
            Changer mon mot de passe
          </NavLink>
        </p>
        <button
          type="button"
          onClick={async () => {
            setOpen(false);
            await logout();
            navigate('/connexion', { replace: true });
          }}
        >
          Se déconnecter
        </button>
      </div>
    </div>
  );
}
