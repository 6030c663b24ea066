// The CLI side of the control channel (decision 9): calls an operation of the server that
// holds DATA_DIR, with the port and token the server wrote into the lock file.
import type { LockHolder } from '../db/data-dir-lock.js';
import { AppError, type AppErrorCode } from '../errors.js';

export async function callServer(holder: LockHolder, operation: string): Promise<Response> {
  if (!holder.control) throw new Error('the holder has no control channel');
  const response = await fetch(`http://127.0.0.1:${holder.control.port}/v1/${operation}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${holder.control.token}` },
  });
  if (response.ok) return response;
  const body = (await response.json().catch(() => ({}))) as {
    error?: { code?: AppErrorCode; messages?: { vi: string; en: string } };
  };
  throw new AppError(
    body.error?.code && body.error.code !== ('INTERNAL' as AppErrorCode)
      ? body.error.code
      : 'BAD_REQUEST',
    body.error?.messages ?? {
      vi: `Máy chủ (pid ${holder.pid}) từ chối lệnh ${operation} (HTTP ${response.status})`,
      en: `The server (pid ${holder.pid}) refused ${operation} (HTTP ${response.status})`,
    },
  );
}
