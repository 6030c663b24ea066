// Central's (Trung ương Hội) entry to every province: the provinces it may read, each
// opening the dashboard on that province (decision 20). Province roles never see it.
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { trpc } from '../lib/api';
import { useLang } from '../lib/i18n';

export function ProvinceSwitcher() {
  const { t } = useLang();
  const navigate = useNavigate();
  // One page of the provinces, not the whole tree: Central's tree is every unit in the
  // country (8.5 MB of JSON with national data). 200 is more than the 34 there are.
  const { data } = useQuery(trpc.units.provinces.queryOptions({ limit: 200 }));
  const provinces = data?.items ?? [];
  if (provinces.length === 0) return null;
  return (
    <label className="filter">
      <span>{t({ vi: 'Tỉnh, thành Hội', en: 'Province' })}</span>
      <select
        defaultValue=""
        onChange={(e) => {
          if (e.target.value) void navigate({ to: '/', search: { root: e.target.value } });
        }}
      >
        <option value="">{t({ vi: '— Chọn tỉnh để xem —', en: '— Choose a province —' })}</option>
        {provinces.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </label>
  );
}
