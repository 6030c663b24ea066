// What the Facebook services need from the app: the Graph API and the token cipher, which
// is null when LANTOA_FACEBOOK_TOKEN_KEY is not set (connecting is then refused, and the
// daily job does nothing; the app runs as before).
import type { FacebookConfig } from '../config.js';
import { GraphAdapter } from './graph-adapter.js';
import type { GraphApi } from './graph-api.js';
import { TokenCipher } from './token-cipher.js';

export interface FacebookAccess {
  graph: GraphApi;
  cipher: TokenCipher | null;
}

export function facebookAccessOf(config: { facebook: FacebookConfig }): FacebookAccess {
  const { tokenKey, graphUrl, graphVersion } = config.facebook;
  return {
    graph: new GraphAdapter({ graphUrl, version: graphVersion }),
    cipher: tokenKey ? new TokenCipher(tokenKey) : null,
  };
}

/** Vietnam is UTC+7 all year: a Vietnam day starts at 17:00 UTC the day before. */
export function vietnamMidnight(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00+07:00`);
}
