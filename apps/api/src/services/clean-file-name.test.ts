import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentDisposition } from '../http/file-routes.js';
import { cleanFileName, MAX_FILE_NAME_CHARS } from './clean-file-name.js';

describe('cleanFileName', () => {
  it('keeps the base name only, with its Vietnamese letters', () => {
    expect(cleanFileName('Báo cáo tháng 6.pdf')).toBe('Báo cáo tháng 6.pdf');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('C:\\Users\\Cán bộ\\Ảnh.jpg')).toBe('Ảnh.jpg');
    expect(cleanFileName('..')).toBe('');
    expect(cleanFileName('.bashrc')).toBe('bashrc');
    expect(cleanFileName('Báo cáo\r\nSet-Cookie: a=b.pdf')).toBe('Báo cáo Set-Cookie_ a=b.pdf');
    expect(cleanFileName('\u202Efdp.exe')).toBe('fdp.exe');
    expect(cleanFileName('a\u0000b\uD800.pdf')).toBe('a b.pdf');
    // Decomposed input (as macOS writes names) is stored composed.
    expect(cleanFileName('Ha\u0300 Nô\u0323i.pdf')).toBe('Hà Nội.pdf');
  });

  it('bounds the length and keeps the extension', () => {
    const name = cleanFileName(`${'ạ'.repeat(300)}.docx`);
    expect(Array.from(name)).toHaveLength(MAX_FILE_NAME_CHARS);
    expect(name.endsWith('.docx')).toBe(true);
  });

  it('any name comes out clean, and cleaning it again changes nothing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (raw) => {
        const name = cleanFileName(raw);
        expect(name).not.toMatch(/[/\\<>:"|?*]|^[.\s]|[.\s]$/);
        expect([...name].every((c) => c.charCodeAt(0) > 0x1f)).toBe(true);
        expect(name).not.toMatch(
          /[\uD800-\uDFFF](?<![\uD800-\uDBFF][\uDC00-\uDFFF])(?![\uDC00-\uDFFF])/,
        );
        expect(Array.from(name).length).toBeLessThanOrEqual(MAX_FILE_NAME_CHARS);
        expect(cleanFileName(name)).toBe(name);
      }),
    );
  });
});

describe('contentDisposition', () => {
  it('gives an ASCII fallback and the UTF-8 name per RFC 5987', () => {
    expect(contentDisposition("Đơn vị (bản 1)'s.pdf")).toBe(
      `attachment; filename="Don vi (ban 1)'s.pdf"; filename*=UTF-8''%C4%90%C6%A1n%20v%E1%BB%8B%20%28b%E1%BA%A3n%201%29%27s.pdf`,
    );
  });
  it('is a safe header for any stored name, even one stored before names were cleaned', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (stored) => {
        const header = contentDisposition(stored);
        expect(header).toMatch(
          /^attachment; filename="[\x20-\x7e]*"; filename\*=UTF-8''[A-Za-z0-9!#$&+\-.^_`|~%]+$/,
        );
        expect(header.slice(22).split('"')[0]).not.toMatch(/["\\]/);
      }),
    );
  });
});
