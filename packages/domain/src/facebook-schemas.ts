// What an administrator sends to connect a page record to Facebook (decision 29). Apart
// from the words of facebook-connections.ts: the unit page shows those, and loads zod only
// when the connect form opens.
import { z } from 'zod';
import { msg } from './schema-messages.js';
import { ZId, ZVersion } from './schemas.js';

/** Graph tokens are URL-safe text; anything else is a paste gone wrong (or an attack). */
export const ZFacebookToken = z
  .string({ error: msg('facebookToken') })
  .trim()
  .regex(/^[A-Za-z0-9._-]{20,1000}$/, msg('facebookToken'));

/** Connects a page record, or gives a connected one a new token. */
export const ZConnectFacebookInput = z.object({
  facebookPageId: ZId,
  accessToken: ZFacebookToken,
});
export const ZDisconnectFacebookInput = z.object({ facebookPageId: ZId, version: ZVersion });
