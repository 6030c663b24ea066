// Photos chosen offline: each is shrunk and stripped of its location at once (photo.ts),
// listed with its size, and kept with the queued save.
import { useState } from 'react';
import { useLang } from '../../lib/i18n';
import { formatBytes } from '../../lib/upload';
import { O } from './offline-messages';
import type { QueuedPhoto } from './queue-types';

// A stable key per photo object (names repeat: every camera calls its files image.jpg).
const keys = new WeakMap<QueuedPhoto, string>();
const keyOf = (photo: QueuedPhoto) => {
  if (!keys.has(photo)) keys.set(photo, crypto.randomUUID());
  return keys.get(photo) as string;
};

interface OfflinePhotosProps {
  photos: QueuedPhoto[];
  onChange: (photos: QueuedPhoto[]) => void;
}

export function OfflinePhotos({ photos, onChange }: OfflinePhotosProps) {
  const { t } = useLang();
  const [isBusy, setBusy] = useState(false);

  async function onPick(files: FileList | null) {
    if (!files?.length) return;
    setBusy(true);
    const { preparePhoto } = await import('./photo');
    const prepared = await Promise.all([...files].map(preparePhoto));
    onChange([...photos, ...prepared]);
    setBusy(false);
  }

  return (
    <div className="field">
      <label htmlFor="offline-photos">{t(O.photos)}</label>
      <input
        id="offline-photos"
        type="file"
        accept="image/jpeg,image/png,image/webp,.jpg,.jpeg,.png,.webp"
        multiple
        aria-describedby="offline-photos-hint"
        onChange={(e) => void onPick(e.target.files)}
      />
      <p id="offline-photos-hint" className="muted small">
        {t(O.photoHint)}
      </p>
      <ul aria-live="polite" aria-busy={isBusy} className="small">
        {photos.map((photo) => (
          <li key={keyOf(photo)}>
            {photo.name} · {formatBytes(photo.blob.size)}
          </li>
        ))}
      </ul>
    </div>
  );
}
