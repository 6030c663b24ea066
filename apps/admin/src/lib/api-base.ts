// What every request to the API carries, in a module with no dependencies: the first
// screen's early requests (early-data.ts) are sent before anything heavy has loaded.
export const CSRF_HEADERS = { 'x-lantoa-csrf': '1' } as const;

// Absolute URLs: test environments have no document base for relative fetches.
export const apiUrl = (path: string) => new URL(path, globalThis.location.origin).href;
