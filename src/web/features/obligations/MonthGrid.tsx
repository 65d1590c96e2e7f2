import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import type { InstanceView } from '../../../contracts/obligations';
import { StatusBadge } from './obligations-ui';
import { frenchMonthNames } from '../../../contracts/format';

const pad = (n: number) => String(n).padStart(2, '0');
const WEEKDAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];

/**
 * One month as a grid of weeks (Monday first). Arrow keys move between days, Page Up / Page Down
 * change month, Home / End go to the week's ends; the focused day is the only one in the tab order.
 */
export function MonthGrid({
  year,
  month,
  instances,
  conventionId,
  onMonth,
}: {
  year: number;
  month: number;
  instances: InstanceView[];
  conventionId: string;
  onMonth(year: number, month: number, day: number): void;
}) {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const lead = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7;
  const [focused, setFocused] = useState(1);
  const cells = useRef(new Map<number, HTMLTableCellElement>());
  const moved = useRef(false);

  useEffect(() => {
    if (focused > days) setFocused(days);
  }, [days, focused]);
  useEffect(() => {
    if (moved.current) cells.current.get(focused)?.focus();
    moved.current = false;
  }, [focused, year, month]);

  const go = (day: number) => {
    moved.current = true;
    if (day < 1) {
      const prev = new Date(Date.UTC(year, month - 2, 1));
      const last = new Date(Date.UTC(year, month - 1, 0)).getUTCDate();
      setFocused(last + day);
      onMonth(prev.getUTCFullYear(), prev.getUTCMonth() + 1, last + day);
    } else if (day > days) {
      const next = new Date(Date.UTC(year, month, 1));
      setFocused(day - days);
      onMonth(next.getUTCFullYear(), next.getUTCMonth() + 1, day - days);
    } else setFocused(day);
  };
  const onKey = (event: KeyboardEvent) => {
    const weekday = (lead + focused - 1) % 7;
    const moves: Record<string, number> = {
      ArrowLeft: -1,
      ArrowRight: 1,
      ArrowUp: -7,
      ArrowDown: 7,
      Home: -weekday,
      End: 6 - weekday,
    };
    if (event.key in moves) {
      event.preventDefault();
      go(focused + moves[event.key]!);
    } else if (event.key === 'PageUp' || event.key === 'PageDown') {
      event.preventDefault();
      moved.current = true;
      const target = new Date(Date.UTC(year, month - 1 + (event.key === 'PageUp' ? -1 : 1), 1));
      const max = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
      setFocused(Math.min(focused, max));
      onMonth(target.getUTCFullYear(), target.getUTCMonth() + 1, Math.min(focused, max));
    }
  };

  const weeks: (number | null)[][] = [];
  const slots = [...Array<null>(lead).fill(null), ...Array.from({ length: days }, (_, i) => i + 1)];
  while (slots.length % 7) slots.push(null);
  for (let i = 0; i < slots.length; i += 7) weeks.push(slots.slice(i, i + 7));

  return (
    <table
      className="month-grid"
      role="grid"
      aria-label={`Échéances de ${frenchMonthNames[month - 1]} ${year}`}
      onKeyDown={onKey}
    >
      <thead>
        <tr>
          {WEEKDAYS.map((d) => (
            <th key={d} scope="col" abbr={d}>
              {d.slice(0, 3)}.
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week, w) => (
          <tr key={w}>
            {week.map((day, i) => {
              if (day === null) return <td key={i} className="month-grid-empty" />;
              const date = `${year}-${pad(month)}-${pad(day)}`;
              const due = instances.filter((x) => x.dueOn === date);
              return (
                <td
                  key={i}
                  ref={(el) => {
                    if (el) cells.current.set(day, el);
                    else cells.current.delete(day);
                  }}
                  tabIndex={day === focused ? 0 : -1}
                  aria-label={`${day} ${frenchMonthNames[month - 1]}${due.length ? `, ${due.length} échéance${due.length > 1 ? 's' : ''}` : ''}`}
                  onFocus={() => setFocused(day)}
                >
                  <span className="month-grid-day" aria-hidden="true">
                    {day}
                  </span>
                  {due.length > 0 ? (
                    <ul>
                      {due.map((x) => (
                        <li key={x.id}>
                          <Link
                            to={`/conventions/${conventionId}/obligations/${x.id}`}
                            tabIndex={day === focused ? 0 : -1}
                          >
                            {x.duty.title}
                          </Link>{' '}
                          <StatusBadge status={x.status} />
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
