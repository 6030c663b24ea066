// The baseline for public-badge.bench.mjs: a bare Node http server answering a fixed SVG
// of the same size and headers as a real badge. Run as its own process, like the API.
// With BENCH_ENCODING=br it sends the badge brotli-compressed (once, at start), as the API
// sends a cached badge to a client that accepts br.
import { createServer } from 'node:http';
import { brotliCompressSync } from 'node:zlib';

const raw = Buffer.from(process.env.BENCH_SVG ?? '<svg xmlns="http://www.w3.org/2000/svg"/>');
const isBrotli = process.env.BENCH_ENCODING === 'br';
const svg = isBrotli ? brotliCompressSync(raw) : raw;
const headers = {
  // The security headers the API sends with every answer (apps/api/src/http/security-headers.ts).
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
  ...(isBrotli ? { 'content-encoding': 'br', vary: 'Accept-Encoding' } : {}),
  'content-type': 'image/svg+xml; charset=utf-8',
  'content-length': String(svg.length),
  'cache-control': 'public, max-age=60, stale-while-revalidate=600',
  etag: '"bench"',
  'access-control-allow-origin': '*',
  'cross-origin-resource-policy': 'cross-origin',
};

const server = createServer((_req, res) => {
  res.writeHead(200, headers);
  res.end(svg);
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.('ready'));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
