import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportMode, StockImportView } from '../../../contracts/housing';
import { api, ApiError, uploadFileWithProgress } from '../../app/api';

const POLL_MS = 400;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const asApiError = (e: unknown) =>
  e instanceof ApiError
    ? e
    : new ApiError({ type: 'about:blank', title: 'Erreur', status: 0, code: 'UNKNOWN', detail: String(e) });

export interface ImportRun {
  /** Uploading and importing (the request lasts until the import ends). */
  busy: boolean;
  file: File | null;
  mode: ImportMode;
  /** Bytes sent by the browser. */
  sent: { loaded: number; total: number } | null;
  /** The import as the server last reported it while it ran (status endpoint). */
  live: StockImportView | null;
  /** The import as it ended: completed, rejected (with its errors) or failed. */
  result: StockImportView | null;
  /** The server's refusal (for a rejected file, with importId and errorFile). */
  error: ApiError | null;
}

const idle: ImportRun = {
  busy: false,
  file: null,
  mode: 'all_or_nothing',
  sent: null,
  live: null,
  result: null,
  error: null,
};

/**
 * Sends a stock file and follows the import. The upload request lasts until the import ends, so
 * meanwhile the page polls: first the stock's imports until the new one appears, then that
 * import's status endpoint (bytes and rows read), for the progress bar.
 */
export function useStockImport(stockId: string) {
  const [run, setRun] = useState<ImportRun>(idle);
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const start = useCallback(
    async (file: File, mode: ImportMode) => {
      setRun({ ...idle, busy: true, file, mode });
      let known = new Set<string>();
      try {
        known = new Set((await api<StockImportView[]>('GET', `/api/stocks/${stockId}/imports`)).map((i) => i.id));
      } catch {
        // Without the list, the new import is recognised as the running one.
      }
      let done = false;
      let importId: string | null = null;
      const poll = async () => {
        while (!done && alive.current) {
          await sleep(POLL_MS);
          if (done || !alive.current) return;
          try {
            let view: StockImportView | undefined;
            if (importId === null) {
              const list = await api<StockImportView[]>('GET', `/api/stocks/${stockId}/imports`);
              view = list.find((i) => !known.has(i.id) && i.status === 'running');
              if (view) importId = view.id;
            } else view = await api<StockImportView>('GET', `/api/stock-imports/${importId}`);
            if (view && !done && alive.current) setRun((r) => ({ ...r, live: view }));
          } catch {
            // Polling is best effort: the upload's answer is what counts.
          }
        }
      };
      void poll();
      const path = `/api/stocks/${stockId}/imports?mode=${mode}`;
      try {
        const result = await uploadFileWithProgress<StockImportView>(path, file, (loaded, total) => {
          if (alive.current) setRun((r) => ({ ...r, sent: { loaded, total } }));
        });
        done = true;
        if (alive.current) setRun((r) => ({ ...r, busy: false, result }));
      } catch (e) {
        done = true;
        const error = asApiError(e);
        const failedId = typeof error.problem.importId === 'string' ? error.problem.importId : null;
        let result: StockImportView | null = null;
        if (failedId) {
          try {
            result = await api<StockImportView>('GET', `/api/stock-imports/${failedId}`);
          } catch {
            result = null;
          }
        }
        if (alive.current) setRun((r) => ({ ...r, busy: false, result, error }));
      }
    },
    [stockId],
  );

  const reset = useCallback(() => setRun(idle), []);
  return { run, start, reset };
}
