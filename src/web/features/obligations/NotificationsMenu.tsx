import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { NotificationList } from '../../../contracts/obligations';
import { api } from '../../app/api';
import { useApi } from '../../ui/useApi';
import './obligations.css';

/** The shell's notifications: a badge with the unread count and the list of recent reminders. */
export function NotificationsMenu() {
  const list = useApi<NotificationList>('/api/notifications');
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const unread = list.data?.unread ?? 0;

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  const read = async (id: string | null) => {
    await api('POST', id ? `/api/notifications/${id}/read` : '/api/notifications/read-all').catch(() => undefined);
    list.reload();
  };

  return (
    <div className="notifications">
      <button
        ref={buttonRef}
        type="button"
        className="notifications-button"
        aria-expanded={open}
        aria-controls="notifications-liste"
        onClick={() => setOpen((o) => !o)}
      >
        Notifications <span className="badge">{unread}</span>
        <span className="visually-hidden"> non lues</span>
      </button>
      <div id="notifications-liste" className="notifications-panel" hidden={!open}>
        <h2>Notifications</h2>
        {list.data && list.data.notifications.length === 0 ? <p>Aucune notification.</p> : null}
        <ul>
          {list.data?.notifications.map((n) => (
            <li key={n.id} className={n.readAt ? 'read' : 'unread'}>
              <Link
                to={`/conventions/${n.conventionId}/obligations/${n.instanceId}`}
                onClick={() => void read(n.id).then(() => setOpen(false))}
              >
                {n.title}
              </Link>
              {n.readAt ? null : <span className="visually-hidden"> (non lue)</span>}
            </li>
          ))}
        </ul>
        {unread > 0 ? (
          <button type="button" onClick={() => void read(null)}>
            Tout marquer comme lu
          </button>
        ) : null}
      </div>
    </div>
  );
}
