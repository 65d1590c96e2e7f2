import { Link } from 'react-router';
import { usePageTitle } from '../ui/usePageTitle';

export function NotFoundPage() {
  usePageTitle('Page introuvable');
  return (
    <>
      <h1>Page introuvable</h1>
      <p>Cette adresse ne correspond à aucune page de Copil.</p>
      <p>
        <Link to="/">Revenir à la liste des conventions</Link>
      </p>
    </>
  );
}
