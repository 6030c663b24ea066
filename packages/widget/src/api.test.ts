import { describe, expect, it } from 'vitest';
import { apiOrigin, originOf, safeUrl } from './api';
import { formatDate } from './i18n';

describe('api helpers', () => {
  it('takes the origin of a script src and ignores junk', () => {
    expect(originOf('https://lantoa.example.vn/widget/v1/lantoa.js')).toBe(
      'https://lantoa.example.vn',
    );
    expect(originOf('not a url')).toBe('');
    expect(originOf(undefined)).toBe('');
  });

  it('prefers the api attribute, then falls back to the page origin', () => {
    const el = document.createElement('lantoa-badge');
    el.setAttribute('api', 'https://api.example.test/ignored/path');
    expect(apiOrigin(el)).toBe('https://api.example.test');
    el.removeAttribute('api');
    expect(apiOrigin(el)).toBe(location.origin);
  });

  it('lets only http(s) URLs through', () => {
    expect(safeUrl('https://a.test/x')).toBe('https://a.test/x');
    expect(safeUrl('JaVaScRiPt:alert(1)')).toBeNull();
    expect(safeUrl('data:text/html,hi')).toBeNull();
    expect(safeUrl('/relative')).toBeNull();
    expect(safeUrl(42)).toBeNull();
  });

  it('formats dates in the province time zone', () => {
    expect(formatDate('2026-12-31T17:00:00Z', 'vi')).toBe('01/01/2027');
    expect(formatDate('garbage', 'vi')).toBe('');
  });
});
