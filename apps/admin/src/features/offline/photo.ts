// Photos are made small before they are kept or sent: longest side 1,600 px, about 500 KB at
// most, re-encoded through a canvas, which leaves the EXIF block (GPS location included)
// behind. browser-image-compression does the work, on the main thread: its web worker would
// load the library from a CDN, which the CSP forbids and a phone offline cannot reach.
import imageCompression from 'browser-image-compression';
import type { QueuedPhoto } from './queue-types';

export const PHOTO_LIMITS = { maxWidthOrHeight: 1600, maxSizeMB: 0.5 } as const;

export async function preparePhoto(file: File): Promise<QueuedPhoto> {
  const small = await imageCompression(file, {
    ...PHOTO_LIMITS,
    useWebWorker: false,
    preserveExif: false,
    fileType: 'image/jpeg',
    initialQuality: 0.8,
  });
  const name = file.name.replace(/\.[^.]+$/, '') || 'anh';
  return { name: `${name}.jpg`, type: 'image/jpeg', blob: small };
}
