// The first path segments the server answers itself. Every other GET is a screen of the
// admin app, and gets its shell: from the server (its not-found handler) and, once
// installed, from the service worker. A navigation to one of these (a download, an
// unsubscribe link in an email, the API docs) must reach the server, never the shell.
export const SERVER_PATH_PREFIXES = [
  'auth',
  'demo',
  'docs',
  'exports',
  'files',
  'healthz',
  'imports',
  'notices',
  'public',
  'readyz',
  'trpc',
  'widget',
] as const;

/** Matches a path (with or without query) whose first segment the server answers. */
export const SERVER_PATH = new RegExp(`^/(${SERVER_PATH_PREFIXES.join('|')})(/|\\?|$)`);
