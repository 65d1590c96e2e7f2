import type { Problem } from '../../contracts/problem';

/**
 * The web app's one way to call the API: JSON in and out, the session cookie sent by the
 * browser, the CSRF token echoed on every state-changing request, errors as ApiError carrying
 * the server's French problem details.
 */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
    this.name = 'ApiError';
  }
  get status() {
    return this.problem.status;
  }
  get code() {
    return this.problem.code;
  }
  /** The message for one field, when the server named it. */
  fieldMessage(field: string): string | undefined {
    return this.problem.errors?.find((e) => e.field === field)?.message;
  }
}

let csrfToken: string | null = null;
let onSessionLost: ((code: string) => void) | null = null;

export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

/** Called when the server says the session is gone (expired or missing), so the app can log out. */
export function setSessionLostHandler(handler: ((code: string) => void) | null) {
  onSessionLost = handler;
}

export async function api<T>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError({
      type: 'urn:copil:probleme:network',
      title: 'Serveur injoignable',
      status: 0,
      code: 'NETWORK',
      detail: 'Le serveur Copil ne répond pas. Vérifiez votre connexion puis réessayez.',
    });
  }
  if (response.status === 204) return undefined as T;
  const isJson = (response.headers.get('content-type') ?? '').includes('json');
  const payload: unknown = isJson ? await response.json() : null;
  if (!response.ok) {
    const problem: Problem =
      payload && typeof payload === 'object' && 'detail' in payload
        ? (payload as Problem)
        : {
            type: 'about:blank',
            title: 'Erreur',
            status: response.status,
            code: 'HTTP_' + response.status,
            detail: `Le serveur a répondu ${response.status}.`,
          };
    if ((problem.code === 'SESSION_EXPIRED' || problem.code === 'UNAUTHENTICATED') && !path.startsWith('/api/auth/')) {
      onSessionLost?.(problem.code);
    }
    throw new ApiError(problem);
  }
  return payload as T;
}

/** Uploads one file as multipart/form-data (field "file"), with the CSRF token. */
export async function uploadFile<T>(path: string, file: File): Promise<T> {
  const form = new FormData();
  form.append('file', file, file.name);
  const headers: Record<string, string> = { accept: 'application/json' };
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  const response = await fetch(path, { method: 'POST', body: form, headers, credentials: 'same-origin' });
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiError(
      payload && typeof payload === 'object' && 'detail' in payload
        ? (payload as Problem)
        : {
            type: 'about:blank',
            title: 'Erreur',
            status: response.status,
            code: 'HTTP_' + response.status,
            detail: `Le dépôt du fichier a échoué (${response.status}).`,
          },
    );
  }
  return payload as T;
}

/**
 * Uploads one file as multipart/form-data (field "file") through XMLHttpRequest, which reports
 * the bytes sent (fetch does not), for a progress bar during long uploads.
 */
export function uploadFileWithProgress<T>(
  path: string,
  file: File,
  onProgress: (sent: number, total: number) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('accept', 'application/json');
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded, event.total);
    };
    xhr.onerror = () =>
      reject(
        new ApiError({
          type: 'urn:copil:probleme:network',
          title: 'Serveur injoignable',
          status: 0,
          code: 'NETWORK',
          detail:
            "Le serveur Copil ne répond pas : le fichier n'a pas pu être envoyé. Vérifiez votre connexion puis réessayez.",
        }),
      );
    xhr.onload = () => {
      let payload: unknown = null;
      try {
        payload = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        payload = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(payload as T);
      const problem: Problem =
        payload && typeof payload === 'object' && 'detail' in payload
          ? (payload as Problem)
          : {
              type: 'about:blank',
              title: 'Erreur',
              status: xhr.status,
              code: 'HTTP_' + xhr.status,
              detail: `Le dépôt du fichier a échoué (${xhr.status}).`,
            };
      if (problem.code === 'SESSION_EXPIRED' || problem.code === 'UNAUTHENTICATED') onSessionLost?.(problem.code);
      reject(new ApiError(problem));
    };
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

/**
 * Fetches a generated file so the page can show its progress and a French error; the caller
 * saves it (saveDownload). A GET, or a POST of a JSON body (with the CSRF token) when the file is
 * made from what the page sends. The file name comes from the server's content-disposition.
 */
export async function downloadFile(path: string, body?: unknown): Promise<{ blob: Blob; filename: string }> {
  let response: Response;
  try {
    const headers: Record<string, string> = {};
    if (body !== undefined) {
      headers['content-type'] = 'application/json';
      if (csrfToken) headers['x-csrf-token'] = csrfToken;
    }
    response = await fetch(path, {
      method: body === undefined ? 'GET' : 'POST',
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError({
      type: 'urn:copil:probleme:network',
      title: 'Serveur injoignable',
      status: 0,
      code: 'NETWORK',
      detail: 'Le serveur Copil ne répond pas. Vérifiez votre connexion puis réessayez.',
    });
  }
  if (!response.ok) {
    const payload: unknown = (response.headers.get('content-type') ?? '').includes('json')
      ? await response.json()
      : null;
    throw new ApiError(
      payload && typeof payload === 'object' && 'detail' in payload
        ? (payload as Problem)
        : {
            type: 'about:blank',
            title: 'Erreur',
            status: response.status,
            code: 'HTTP_' + response.status,
            detail: `Le serveur a répondu ${response.status}.`,
          },
    );
  }
  const disposition = response.headers.get('content-disposition') ?? '';
  const filename = decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1] ?? 'document');
  return { blob: await response.blob(), filename };
}

/** Hands a fetched file to the browser's download, under the server's file name. */
export function saveDownload(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
