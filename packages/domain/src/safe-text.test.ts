import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ZHttpsImageUrl, ZSaveStoryInput } from './record-schemas.js';
import { isSafeLine, isSafeText, ZSafeLine, ZSafeText } from './safe-text.js';
import { translateSchemaMessage } from './schema-messages.js';
import { ZEvidenceLink, ZIsoDate, ZSaveReportInput, ZVersion, ZViDate } from './schemas.js';

const messageOf = (result: { error?: { issues: { message: string }[] } }) =>
  result.error?.issues[0]?.message;

const controlChar = fc
  .oneof(fc.integer({ min: 0, max: 0x1f }), fc.integer({ min: 0x7f, max: 0x9f }))
  .map((code) => String.fromCharCode(code));
const loneSurrogate = fc
  .integer({ min: 0xd800, max: 0xdfff })
  .map((code) => String.fromCharCode(code));

describe('safe text', () => {
  it('keeps Vietnamese, emoji, RTL marks, HTML and SQL-looking text', () => {
    for (const text of [
      'Hội Chữ thập đỏ tỉnh Kiên Giang',
      'Ngày hội 🩸 hiến máu',
      '\u200Fمرحبا\u200E',
      "'); DROP TABLE reports; --",
      '<script>alert(1)</script>',
    ]) {
      expect(isSafeLine(text)).toBe(true);
      expect(ZSafeLine.parse(` ${text} `)).toBe(text);
    }
    expect(isSafeText('Dòng một\r\n\tDòng hai')).toBe(true);
  });

  it('refuses U+0000, other controls and lone surrogates, with vi/en messages', () => {
    const line = ZSafeLine.safeParse('Tiêu\u0000đề');
    expect(messageOf(line)).toBe(
      'Chỉ nhập một dòng, không có ký tự điều khiển hay ký tự lỗi mã hóa.',
    );
    expect(translateSchemaMessage(messageOf(line) as string, 'en')).toBe(
      'Enter a single line, without control characters or broken characters.',
    );
    expect(messageOf(ZSafeText.safeParse('ghi chú \uD800'))).toBe(
      'Văn bản chứa ký tự điều khiển hoặc ký tự lỗi mã hóa.',
    );
    expect(ZSafeLine.safeParse('hai\ndòng').success).toBe(false);
    expect(ZSafeLine.parse('một dòng\n')).toBe('một dòng');
    expect(isSafeText('😀')).toBe(true);
    expect(isSafeText('\uDE00\uD83D')).toBe(false);
  });

  it('any text with a control character or a lone surrogate is refused, anywhere in it', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.oneof(
          controlChar.filter((c) => !'\t\n\r'.includes(c)),
          loneSurrogate,
        ),
        fc.string(),
        (before, bad, after) => {
          // A surrogate may pair up with a neighbour; only a truly lone one must be refused.
          const text = `${before}${bad}${after}`;
          const paired = /[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(
            text.slice(before.length - 1, before.length + 2),
          );
          if (paired) return;
          expect(isSafeText(text)).toBe(false);
          expect(isSafeLine(text)).toBe(false);
        },
      ),
    );
  });

  it('well-formed text without controls is accepted whole', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const clean = [...text]
          .filter(
            (c) => c.charCodeAt(0) > 0x1f && (c.charCodeAt(0) < 0x7f || c.charCodeAt(0) > 0x9f),
          )
          .join('');
        expect(isSafeLine(clean)).toBe(true);
        expect(ZSafeText.parse(clean)).toBe(clean);
      }),
    );
  });
});

describe('dates and numbers', () => {
  it('dates lie within 2000–2100', () => {
    expect(ZIsoDate.safeParse('2000-01-01').success).toBe(true);
    expect(ZIsoDate.safeParse('2100-12-31').success).toBe(true);
    for (const date of ['0100-01-01', '1999-12-31', '2101-01-01', '9999-12-31']) {
      expect(messageOf(ZIsoDate.safeParse(date))).toBe(
        'Ngày phải trong khoảng 01/01/2000 đến 31/12/2100.',
      );
    }
    expect(messageOf(ZViDate.safeParse('31/12/1999'))).toBe(
      'Ngày phải trong khoảng 01/01/2000 đến 31/12/2100.',
    );
    expect(ZViDate.parse('01/01/2000')).toBe('2000-01-01');
  });

  it('report values are finite and 0 or more; versions fit the column', () => {
    const report = {
      unitId: 'u',
      indicator: 'CT-05',
      periodKey: '2025',
      claimsMet: true,
      version: null,
    };
    for (const value of [-5, -1e308, Number.POSITIVE_INFINITY, Number.NaN, 1e13]) {
      const result = ZSaveReportInput.safeParse({ ...report, value });
      expect(result.success).toBe(false);
    }
    expect(messageOf(ZSaveReportInput.safeParse({ ...report, value: -5 }))).toBe(
      'Giá trị phải từ 0 đến 1.000.000.000.000.',
    );
    expect(ZSaveReportInput.parse({ ...report, value: 0 }).value).toBe(0);
    expect(ZVersion.safeParse(2 ** 31).success).toBe(false);
  });
});

describe('links and images', () => {
  it('a link label with a lone surrogate is refused, not stored', () => {
    expect(
      ZEvidenceLink.safeParse({ url: 'https://kg.redcross.vn', label: 'a\uDC00' }).success,
    ).toBe(false);
  });
  it('story covers and photos are https only', () => {
    expect(ZHttpsImageUrl.safeParse('https://anh.vn/a.jpg').success).toBe(true);
    expect(messageOf(ZHttpsImageUrl.safeParse('http://anh.vn/a.jpg'))).toBe(
      'Ảnh phải là địa chỉ https hợp lệ, tối đa 2048 ký tự.',
    );
    for (const url of ['HTTP://anh.vn/a.jpg', '//anh.vn/a.jpg', '/uploads/a.jpg', 'data:x']) {
      expect(ZHttpsImageUrl.safeParse(url).success).toBe(false);
    }
    const story = {
      id: null,
      version: null,
      unitId: 'u',
      title: 'Bà Tư',
      summary: '',
      bodyHtml: '<p>x</p>',
      coverImageUrl: 'http://anh.vn/a.jpg',
      tags: [],
    };
    expect(ZSaveStoryInput.safeParse(story).success).toBe(false);
  });
});
