import { useState } from 'react';
import type { FeedView } from '../../../contracts/obligations';
import { api, ApiError } from '../../app/api';
import { ErrorMessage, Loading, StatusMessage } from '../../ui/feedback';
import { formatDateTime } from '../../../contracts/format';
import { useApi } from '../../ui/useApi';
import { usePageTitle } from '../../ui/usePageTitle';

/** My account: the secret iCalendar link of my obligations, created, regenerated or revoked. */
export function CalendarFeedPage() {
  usePageTitle('Mon agenda des échéances');
  const feed = useApi<FeedView>('/api/account/calendar-feed');
  const [shown, setShown] = useState<FeedView | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const act = async (method: 'POST' | 'DELETE') => {
    try {
      const result = await api<FeedView>(method, '/api/account/calendar-feed');
      setShown(result.url ? result : null);
      setMessage(
        method === 'DELETE'
          ? 'Lien révoqué : il ne fonctionne plus.'
          : 'Nouveau lien créé ; l’ancien ne fonctionne plus.',
      );
      setError(null);
      feed.reload();
    } catch (e) {
      setError(e instanceof ApiError ? e : null);
    }
  };
  const active = feed.data?.active ?? false;
  return (
    <>
      <h1>Mon agenda des échéances</h1>
      <p>
        Abonnez votre agenda (Outlook, Thunderbird, téléphone) aux échéances des conventions que vous suivez grâce à un
        lien secret. Ce lien donne accès sans mot de passe : ne le partagez pas, régénérez-le s’il a circulé.
      </p>
      <ErrorMessage error={feed.error ?? error} />
      {message ? <StatusMessage>{message}</StatusMessage> : null}
      {feed.loading && !feed.data ? <Loading /> : null}
      {feed.data ? (
        <p>{active ? `Un lien est actif depuis le ${formatDateTime(feed.data.createdAt!)}.` : 'Aucun lien actif.'}</p>
      ) : null}
      {shown?.url ? (
        <div className="panel">
          <label htmlFor="lien-agenda">Votre lien (affiché une seule fois)</label>
          <input id="lien-agenda" readOnly value={shown.url} onFocus={(e) => e.target.select()} />
        </div>
      ) : null}
      <button type="button" onClick={() => void act('POST')}>
        {active ? 'Régénérer le lien' : 'Créer mon lien d’agenda'}
      </button>{' '}
      {active ? (
        <button type="button" onClick={() => void act('DELETE')}>
          Révoquer le lien
        </button>
      ) : null}
    </>
  );
}
