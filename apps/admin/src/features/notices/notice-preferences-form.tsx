// Each user's notice preferences: language, channels, quiet hours (Vietnam time), digest.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ErrorState, Loading } from '../../components/query-state';
import { trpc } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { useLang } from '../../lib/i18n';

export function NoticePreferencesForm() {
  const { t, lang } = useLang();
  const queryClient = useQueryClient();
  const prefs = useQuery(trpc.notices.preferences.queryOptions());
  const [saved, setSaved] = useState(false);
  const save = useMutation(
    trpc.notices.savePreferences.mutationOptions({
      onSuccess: (data) => {
        queryClient.setQueryData(trpc.notices.preferences.queryKey(), data);
        setSaved(true);
      },
    }),
  );
  if (prefs.isPending) return <Loading />;
  if (prefs.isError) return <ErrorState error={prefs.error} />;
  const p = prefs.data;
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    setSaved(false);
    save.mutate({
      lang: f.get('lang') === 'en' ? 'en' : 'vi',
      email: f.get('email') === 'on',
      zalo: f.get('zalo') === 'on',
      zaloUserId: String(f.get('zaloUserId') ?? ''),
      quietStart: String(f.get('quietStart')),
      quietEnd: String(f.get('quietEnd')),
      digest: f.get('digest') === 'on',
      version: p.version,
    });
  }
  return (
    <section className="card stack" aria-labelledby="prefs-title">
      <h2 id="prefs-title">{t({ vi: 'Cách nhận thông báo', en: 'How I get notices' })}</h2>
      <form className="stack" onSubmit={onSubmit} key={p.version}>
        <fieldset>
          <legend>{t({ vi: 'Kênh', en: 'Channels' })}</legend>
          <label className="check">
            <input type="checkbox" checked disabled />{' '}
            {t({ vi: 'Trong ứng dụng (luôn bật)', en: 'In the app (always on)' })}
          </label>
          <label className="check">
            <input type="checkbox" name="email" defaultChecked={p.email} /> Email
          </label>
          <label className="check">
            <input type="checkbox" name="zalo" defaultChecked={p.zalo} /> Zalo
          </label>
          <label className="field">
            <span>
              {t({
                vi: 'Mã người dùng Zalo (sau khi quan tâm OA)',
                en: 'Zalo user id (after following the OA)',
              })}
            </span>
            <input
              name="zaloUserId"
              defaultValue={p.zaloUserId}
              inputMode="numeric"
              maxLength={64}
            />
          </label>
        </fieldset>
        <fieldset>
          <legend>
            {t({ vi: 'Giờ yên lặng (giờ Việt Nam)', en: 'Quiet hours (Vietnam time)' })}
          </legend>
          <p className="field-hint">
            {t({
              vi: 'Email và Zalo rơi vào giờ này sẽ chờ đến khi hết giờ yên lặng.',
              en: 'Email and Zalo falling in these hours wait until they end.',
            })}
          </p>
          <div className="row-between">
            <label className="field">
              <span>{t({ vi: 'Từ', en: 'From' })}</span>
              <input type="time" name="quietStart" defaultValue={p.quietStart} required />
            </label>
            <label className="field">
              <span>{t({ vi: 'Đến', en: 'Until' })}</span>
              <input type="time" name="quietEnd" defaultValue={p.quietEnd} required />
            </label>
          </div>
        </fieldset>
        <label className="check">
          <input type="checkbox" name="digest" defaultChecked={p.digest} />{' '}
          {t({ vi: 'Bản tổng hợp tuần (thứ Hai 07:30)', en: 'Weekly digest (Monday 07:30)' })}
        </label>
        <label className="field">
          <span>{t('language')}</span>
          <select name="lang" defaultValue={p.lang}>
            <option value="vi">Tiếng Việt</option>
            <option value="en">English</option>
          </select>
        </label>
        <div aria-live="polite">
          {save.isError ? (
            <p className="alert" role="alert">
              {errorMessage(save.error, lang)}
            </p>
          ) : saved ? (
            <p className="notice">{t({ vi: 'Đã lưu.', en: 'Saved.' })}</p>
          ) : null}
        </div>
        <button type="submit" className="btn btn-primary" disabled={save.isPending}>
          {t({ vi: 'Lưu', en: 'Save' })}
        </button>
      </form>
    </section>
  );
}
