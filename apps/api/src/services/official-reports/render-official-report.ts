// Writes an official report as .docx (docx library): the Decree 30 page from
// decree-30-layout.ts around the report's content — the indicator table with the plan's
// roll-ups, the units under the reporting unit, who is late, the highlights, and the
// assessment and proposals the user wrote.
import { formatDateVi, type IsoDate } from '@lantoa/domain';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import {
  BODY,
  FONT,
  type HeaderBlock,
  headerTable,
  PAGE,
  pageHeaders,
  type SignatureBlock,
  signatureTable,
  TEXT_WIDTH,
  titleBlock,
} from './decree-30-layout.js';
import type { ReportFigures } from './report-figures.js';

export interface ReportDocument {
  header: HeaderBlock;
  subject: string;
  asOf: IsoDate;
  figures: ReportFigures;
  highlights: string[];
  assessment: string;
  proposals: string;
  signature: SignatureBlock;
}

/** Late units listed by name; past this many the rest are counted. */
const MAX_LATE_LINES = 40;

const body = (text: string) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: BODY.firstLine },
    children: [new TextRun(text)],
  });

const heading = (text: string) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: { before: 200 },
    indent: { firstLine: BODY.firstLine },
    children: [new TextRun({ text, bold: true })],
  });

/** The user's free text: one paragraph per line they wrote. */
const paragraphs = (text: string, empty: string) => {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return (lines.length > 0 ? lines : [empty]).map(body);
};

const thin = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const gridBorders = { top: thin, bottom: thin, left: thin, right: thin };

function grid(headers: string[], rows: string[][], widths: number[], size = 24): Table {
  const cellOf = (text: string, i: number, bold: boolean) =>
    new TableCell({
      width: { size: widths[i] ?? 0, type: WidthType.DXA },
      borders: gridBorders,
      children: [
        new Paragraph({
          alignment: i === 1 && !bold ? AlignmentType.LEFT : AlignmentType.CENTER,
          spacing: { before: 40, after: 40, line: 240 },
          children: [new TextRun({ text, bold, size })],
        }),
      ],
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h, i) => cellOf(h, i, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((c, i) => cellOf(c, i, false)) })),
    ],
  });
}

function content(doc: ReportDocument) {
  const f = doc.figures;
  const w = TEXT_WIDTH;
  const indicatorTable = grid(
    ['TT', 'Chỉ tiêu', 'Kỳ', 'Kết quả'],
    f.indicators.map((i, n) => [String(n + 1), `${i.code}. ${i.title}`, i.period, i.result]),
    [Math.round(w * 0.07), Math.round(w * 0.45), Math.round(w * 0.18), w - Math.round(w * 0.7)],
  );
  const childWidth = Math.round(w * 0.36);
  const codeWidth = Math.floor((w - childWidth) / Math.max(1, f.indicators.length));
  const childTable =
    f.children.length === 0
      ? []
      : [
          body('Kết quả theo từng đơn vị trực thuộc (số đơn vị đạt/số đơn vị phải thực hiện):'),
          grid(
            ['Đơn vị', ...f.indicators.map((i) => i.code)],
            f.children.map((c) => [c.unit.name, ...c.cells]),
            [childWidth, ...f.indicators.map(() => codeWidth)],
            20,
          ),
        ];
  const late = f.late
    .slice(0, MAX_LATE_LINES)
    .map((l) => body(`- ${l.unitName}: ${l.what} (hạn ${formatDateVi(l.due)}).`));
  if (f.late.length > MAX_LATE_LINES) {
    late.push(body(`- Và ${f.late.length - MAX_LATE_LINES} nội dung chậm khác.`));
  }
  return [
    heading('I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CƠ BẢN'),
    body(`Tính đến ngày ${formatDateVi(doc.asOf)}, kết quả thực hiện các chỉ tiêu như sau:`),
    indicatorTable,
    ...childTable,
    heading('II. ĐƠN VỊ CHẬM, CHƯA THỰC HIỆN'),
    ...(late.length > 0 ? late : [body('Không có đơn vị chậm thực hiện.')]),
    heading('III. HOẠT ĐỘNG NỔI BẬT'),
    ...doc.highlights.map((h) => body(`- ${h}`)),
    heading('IV. ĐÁNH GIÁ CHUNG'),
    ...paragraphs(doc.assessment, '(Chưa có nội dung.)'),
    heading('V. ĐỀ XUẤT, KIẾN NGHỊ'),
    ...paragraphs(doc.proposals, 'Không có.'),
    new Paragraph({ children: [] }),
    signatureTable(doc.signature),
  ];
}

export async function renderOfficialReport(doc: ReportDocument): Promise<Buffer> {
  const font = { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT };
  const document = new Document({
    creator: 'Lan Tỏa',
    title: doc.subject,
    styles: {
      default: {
        document: {
          run: { font, size: BODY.size, color: '000000' },
          paragraph: { spacing: { after: BODY.after, line: BODY.line } },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: PAGE.margin,
          },
        },
        headers: pageHeaders(),
        children: [headerTable(doc.header), ...titleBlock(doc.subject), ...content(doc)],
      },
    ],
  });
  return Packer.toBuffer(document);
}
