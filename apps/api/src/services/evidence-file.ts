// What an evidence file may be, for reports and for publications alike: PDFs, photos and
// Office documents, recognised by their first bytes rather than their declared type.
import { createHash } from 'node:crypto';
import { msg } from '@lantoa/domain';
import { AppError, badRequest } from '../errors.js';
import { cleanFileName } from './clean-file-name.js';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;

const SIGNATURES: Record<string, (b: Uint8Array) => boolean> = {
  'application/pdf': (b) => b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46,
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/png': (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47,
  'image/webp': (b) =>
    Buffer.from(b.subarray(0, 4)).toString() === 'RIFF' &&
    Buffer.from(b.subarray(8, 12)).toString() === 'WEBP',
  // .docx and .xlsx are zip archives.
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': (b) =>
    b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04,
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': (b) =>
    b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04,
};
export const ALLOWED_FILE_TYPES = Object.keys(SIGNATURES);

export interface EvidenceFile {
  fileName: string;
  contentType: string;
  data: Buffer;
  /** Names this upload, so that sending it again cannot attach the file twice (earlier-upload.ts). */
  key?: string;
}

export const sha256Hex = (data: Buffer) => createHash('sha256').update(data).digest('hex');

export function checkEvidenceFile(input: EvidenceFile): void {
  if (cleanFileName(input.fileName) === '') {
    throw badRequest(
      { vi: 'Tên tệp không hợp lệ', en: 'The file name is not valid' },
      { fieldErrors: { name: [msg('fileNameInvalid')] } },
    );
  }
  const matches = SIGNATURES[input.contentType];
  if (!matches?.(input.data)) {
    throw badRequest({
      vi: 'Chỉ nhận tệp PDF, ảnh JPEG/PNG/WebP, Word (.docx) hoặc Excel (.xlsx)',
      en: 'Only PDF, JPEG/PNG/WebP images, Word (.docx) or Excel (.xlsx) files are accepted',
    });
  }
  if (input.data.length === 0 || input.data.length > MAX_FILE_BYTES) {
    throw new AppError('PAYLOAD_TOO_LARGE', {
      vi: 'Tệp phải nhỏ hơn 5 MB',
      en: 'Files must be under 5 MB',
    });
  }
}

/** The stored columns of an accepted file, for report_files and publication_files alike;
 *  `version` is the one its upload makes of the report or publication. */
export function storedFile(input: EvidenceFile, uploadedBy: string, version: number) {
  return {
    upload_key: input.key ?? null,
    upload_version: version,
    file_name: cleanFileName(input.fileName),
    content_type: input.contentType,
    size_bytes: input.data.length,
    sha256: sha256Hex(input.data),
    data: input.data,
    uploaded_by: uploadedBy,
  };
}

export const STORED_FILE_COLUMNS = [
  'id',
  'file_name',
  'content_type',
  'size_bytes',
  'sha256',
] as const;

export function toFileDto(row: {
  id: string;
  file_name: string;
  content_type: string;
  size_bytes: number;
}) {
  return {
    id: row.id,
    fileName: row.file_name,
    contentType: row.content_type,
    sizeBytes: row.size_bytes,
  };
}
