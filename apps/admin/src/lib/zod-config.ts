// zod probes for eval (new Function) to compile faster parsers; the CSP forbids eval and
// Chromium reports every probe as a violation. Interpreted parsing is fast enough here.
// Imported (for this side effect) by the modules that load zod's classic schemas: the tRPC
// client, which every signed-in screen loads first, and the setup page.
import { z } from 'zod';

z.config({ jitless: true });
