import { useEffect, useRef, useState, type ReactNode } from 'react';
import { ApiError, downloadFile, saveDownload } from '../app/api';
import { ErrorMessage } from './feedback';

/** The text a cell shows: a form control's value, else its text without its buttons. */
function cellText(cell: HTMLTableCellElement): string {
  const control = cell.querySelector('input, select, textarea');
  if (control instanceof HTMLSelectElement) return control.selectedOptions[0]?.text ?? '';
  if (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement) return control.value;
  const copy = cell.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('button').forEach((b) => b.remove());
  return (copy.textContent ?? '').replace(/[ \t\r\n]+/g, ' ').trim();
}

/** A row's cells, a cell spanning n columns repeated (header) or followed by empty cells (body). */
function rowCells(row: HTMLTableRowElement, repeatSpans: boolean): string[] {
  return [...row.cells].flatMap((cell) => {
    const text = cellText(cell);
    return Array.from({ length: Math.max(1, cell.colSpan) }, (_, i) => (i === 0 || repeatSpans ? text : ''));
  });
}

/** The table as the page shows it: caption, the last header row, every body and footer row. */
export function readTable(table: HTMLTableElement) {
  const head = table.tHead ? [...table.tHead.rows] : [];
  const body = [...table.tBodies].flatMap((b) => [...b.rows]).concat(table.tFoot ? [...table.tFoot.rows] : []);
  const rows = body.map((r) => rowCells(r, false));
  const width = Math.max(0, ...rows.map((r) => r.length));
  const columns =
    head.length > 0 ? rowCells(head.at(-1)!, true) : Array.from({ length: width }, (_, i) => `Colonne ${i + 1}`);
  return {
    title: (table.caption?.textContent ?? document.title).replace(/\s+/g, ' ').trim() || document.title,
    columns,
    rows,
  };
}

/**
 * The frame of every table: scrolls sideways on narrow screens, and offers the table as xlsx,
 * exactly as shown (the server types amounts, numbers, percentages and dates).
 */
export function TableWrapper({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [caption, setCaption] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    setCaption(ref.current?.querySelector('caption')?.textContent?.trim() ?? '');
  }, [children]);

  async function exportTable() {
    const table = ref.current?.querySelector('table');
    if (!table) return;
    setBusy(true);
    setError(null);
    try {
      const { blob, filename } = await downloadFile('/api/exports/table.xlsx', readTable(table));
      saveDownload(blob, filename);
    } catch (e) {
      setError(e instanceof ApiError ? e : null);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="table-block">
      <div className="table-wrapper" ref={ref}>
        {children}
      </div>
      <div className="table-actions">
        <button type="button" className="button-link" onClick={() => void exportTable()} disabled={busy}>
          {busy ? 'Export en cours…' : 'Exporter en xlsx'}
          {caption ? <span className="visually-hidden"> : {caption}</span> : null}
        </button>
      </div>
      <ErrorMessage error={error} />
    </div>
  );
}
