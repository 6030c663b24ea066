// Evidence file upload over plain HTTP: the raw file is the body (no multipart), sent with
// XMLHttpRequest because fetch reports no upload progress. Limits mirror the API's.
import { apiUrl, CSRF_HEADERS } from './api';
import { getLang } from './i18n';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const FILE_TYPES: Record<string, string> = {
  'application/pdf': '.pdf',
  'image/jpeg': '.jpg,.jpeg',
  'image/png': '.png',
  'image/webp': '.webp',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': '.docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': '.xlsx',
};
/** For <input type="file" accept>: both the types and the extensions (some phones need them). */
export const FILE_ACCEPT = [...Object.keys(FILE_TYPES), ...Object.values(FILE_TYPES)].join(',');

/** The file's type, from the browser or else from its extension. */
export function fileType(file: File): string | null {
  if (file.type in FILE_TYPES) return file.type;
  const ext = file.name.toLowerCase().split('.').pop() ?? '';
  const found = Object.entries(FILE_TYPES).find(([, exts]) => exts.split(',').includes(`.${ext}`));
  return found ? found[0] : null;
}

export interface UploadedFile {
  file: { id: string; fileName: string; contentType: string; sizeBytes: number };
  /** The new version of the report or publication the file was added to. */
  version: number;
}

/** Where a file goes: a report's evidence, or a publication in the archive. */
export interface UploadTarget {
  kind: 'reports' | 'publications';
  id: string;
  version: number;
  /** Names the upload: sent again under it, it is answered as the first was, not stored twice. */
  key?: string;
}

export class UploadError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    readonly details: Record<string, unknown> | undefined,
    message: string,
  ) {
    super(message);
  }
}

export function uploadFile(
  target: UploadTarget,
  file: File,
  onProgress: (share: number) => void,
): Promise<UploadedFile> {
  const type = fileType(file) ?? 'application/octet-stream';
  const query = new URLSearchParams({ version: String(target.version), name: file.name });
  if (target.key) query.set('key', target.key);
  const url = apiUrl(`/files/${target.kind}/${encodeURIComponent(target.id)}?${query}`);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('content-type', type);
    xhr.setRequestHeader('accept-language', getLang());
    for (const [name, value] of Object.entries(CSRF_HEADERS)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      let body: { error?: { code?: string; message?: string; details?: Record<string, unknown> } } =
        {};
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // a proxy's HTML error page: fall through with the status text
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(body as unknown as UploadedFile);
      const err = body.error ?? {};
      reject(new UploadError(xhr.status, err.code, err.details, err.message ?? xhr.statusText));
    };
    xhr.onerror = () => reject(new UploadError(0, undefined, undefined, ''));
    xhr.send(file);
  });
}

export const fileUrl = (id: string, kind: UploadTarget['kind'] = 'reports') =>
  apiUrl(
    kind === 'reports'
      ? `/files/${encodeURIComponent(id)}`
      : `/files/archive/${encodeURIComponent(id)}`,
  );

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}

/** Removes an attached file; answers the owner's new version. */
export async function removeFile(
  kind: UploadTarget['kind'],
  fileId: string,
  version: number,
): Promise<number> {
  const path =
    kind === 'reports'
      ? `/files/${encodeURIComponent(fileId)}`
      : `/files/archive/${encodeURIComponent(fileId)}`;
  const res = await fetch(apiUrl(`${path}?version=${version}`), {
    method: 'DELETE',
    credentials: 'same-origin',
    headers: { ...CSRF_HEADERS, 'accept-language': getLang() },
  });
  const body = (await res.json().catch(() => ({}))) as {
    version?: number;
    error?: { code?: string; message?: string; details?: Record<string, unknown> };
  };
  if (!res.ok) {
    const err = body.error ?? {};
    throw new UploadError(res.status, err.code, err.details, err.message ?? res.statusText);
  }
  return body.version as number;
}
