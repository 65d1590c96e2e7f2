import { apiErrorOf, client, csrfHeaders, networkError } from './client';

/**
 * The web app's helpers to call the API by address: JSON in and out, the session cookie sent by
 * the browser, the CSRF token echoed on every state-changing request, errors as ApiError carrying
 * the server's French problem details. They go through the typed client (client.ts), whose one
 * conversion turns every failed answer into an ApiError.
 */
export { ApiError, setCsrfToken, setSessionLostHandler } from './client';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
const lower = (method: Method) => method.toLowerCase() as Lowercase<Method>;

export async function api<T>(method: Method, path: string, body?: unknown): Promise<T> {
  // The address is built by the page (ids, query string): the typed client sends it as given.
  const { data, error, response } = await client.request(lower(method), path as never, { body } as never);
  if (!response.ok) throw apiErrorOf(response.status, error, path);
  return data as T;
}

/** Uploads one file as multipart/form-data (field "file"), with the CSRF token. */
export async function uploadFile<T>(path: string, file: File): Promise<T> {
  const form = new FormData();
  form.append('file', file, file.name);
  const { data, error, response } = await client.request('post', path as never, { body: form } as never);
  if (!response.ok)
    throw apiErrorOf(response.status, error, path, `Le dépôt du fichier a échoué (${response.status}).`);
  return data as T;
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
    for (const [name, value] of Object.entries(csrfHeaders())) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded, event.total);
    };
    xhr.onerror = () =>
      reject(
        networkError(
          "Le serveur Copil ne répond pas : le fichier n'a pas pu être envoyé. Vérifiez votre connexion puis réessayez.",
        ),
      );
    xhr.onload = () => {
      let payload: unknown = null;
      try {
        payload = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        payload = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(payload as T);
      reject(apiErrorOf(xhr.status, payload, path, `Le dépôt du fichier a échoué (${xhr.status}).`));
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
  const { data, error, response } = await client.request(
    body === undefined ? 'get' : 'post',
    path as never,
    { body, parseAs: 'blob' } as never,
  );
  if (!response.ok) throw apiErrorOf(response.status, error, path);
  const disposition = response.headers.get('content-disposition') ?? '';
  const filename = decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1] ?? 'document');
  return { blob: data as unknown as Blob, filename };
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
