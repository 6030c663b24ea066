// The server's local control channel (decision 9): how a CLI run while the server holds
// DATA_DIR gets the server to do its work instead of opening the directory a second time.
// A separate node:http server on 127.0.0.1 and a port the kernel picks, never the public
// port; the port and a random token are published in the lock file (mode 0600), so only
// a process that can read that file (the same user, or root) can call it. Requests from a
// browser (an Origin header) are refused, and operations run one at a time.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DataDirLock } from '../db/data-dir-lock.js';
import { AppError, HTTP_STATUS } from '../errors.js';

export type ControlResult = { json: unknown } | { bytes: Uint8Array };
export type ControlOperations = Record<string, () => Promise<ControlResult>>;

export interface ControlChannel {
  port: number;
  stop(): Promise<void>;
}

function isAuthorised(header: string | undefined, token: string): boolean {
  const expected = Buffer.from(`Bearer ${token}`);
  const given = Buffer.from(header ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function sendJson(res: http.ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function sendError(res: http.ServerResponse, error: unknown, onError: (error: unknown) => void) {
  if (error instanceof AppError) {
    return sendJson(res, HTTP_STATUS[error.code], {
      error: { code: error.code, messages: error.messages },
    });
  }
  onError(error);
  sendJson(res, 500, {
    error: {
      code: 'INTERNAL',
      messages: {
        vi: 'Máy chủ gặp lỗi khi thực hiện lệnh',
        en: 'The server failed to run the command',
      },
    },
  });
}

export async function startControlChannel(
  lock: DataDirLock,
  operations: ControlOperations,
  onError: (error: unknown) => void,
): Promise<ControlChannel> {
  const token = randomBytes(32).toString('base64url');
  let queue: Promise<unknown> = Promise.resolve();
  const server = http.createServer((req, res) => {
    const name = req.url?.match(/^\/v1\/([a-z-]+)$/)?.[1];
    const operation = name && Object.hasOwn(operations, name) ? operations[name] : undefined;
    if (req.headers.origin !== undefined || !isAuthorised(req.headers.authorization, token)) {
      return sendJson(res, 403, { error: { code: 'FORBIDDEN' } });
    }
    if (req.method !== 'POST' || !operation)
      return sendJson(res, 404, { error: { code: 'NOT_FOUND' } });
    req.resume();
    const run = queue.then(operation);
    queue = run.catch(() => undefined);
    run.then(
      (result) => {
        if ('json' in result) return sendJson(res, 200, result.json);
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        res.end(result.bytes);
      },
      (error: unknown) => sendError(res, error, onError),
    );
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  lock.update({ control: { port, token } });
  return {
    port,
    stop: async () => {
      lock.update({ control: undefined });
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
