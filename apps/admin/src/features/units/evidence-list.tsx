// The facts behind a state, in words: the course held, the page found, the staff named.
import { APP_MILESTONE_LABELS, type Evaluation, type Lang, periodLabel } from '@lantoa/domain';
import { formatDate } from '../../lib/format';
import { useLang } from '../../lib/i18n';

type Fact = Evaluation['evidence'][number];

function describe(fact: Fact, lang: Lang): { text: string; url?: string } {
  const vi = lang === 'vi';
  switch (fact.type) {
    case 'report':
      return { text: `${vi ? 'Báo cáo' : 'Report'}: ${periodLabel(fact.periodKey)[lang]}` };
    case 'code_of_conduct_session':
      return {
        text: `${vi ? 'Buổi phổ biến Bộ Quy tắc ứng xử' : 'Code of Conduct session'} ${formatDate(fact.heldOn)}`,
      };
    case 'communication_staff':
      return { text: `${vi ? 'Cán bộ truyền thông' : 'Communication staff'}: ${fact.name}` };
    case 'facebook_page': {
      // Which figures came from Facebook, and when they were checked (decision 29).
      const source =
        fact.source === 'facebook'
          ? vi
            ? `, từ Facebook, kiểm tra ngày ${formatDate(fact.lastCheckedOn)}`
            : `, from Facebook, checked on ${formatDate(fact.lastCheckedOn)}`
          : vi
            ? `, nhập tay, kiểm tra ngày ${formatDate(fact.lastCheckedOn)}`
            : `, entered by hand, checked on ${formatDate(fact.lastCheckedOn)}`;
      return {
        text: `${fact.name} (${fact.recentPostCount} ${vi ? 'bài gần đây' : 'recent posts'}${source})`,
        url: fact.url,
      };
    }
    case 'training_course':
      return {
        text: `${vi ? 'Khóa tập huấn' : 'Training course'} ${formatDate(fact.heldOn)} — ${fact.title}`,
      };
    case 'campaign':
      return {
        text: `${vi ? 'Chiến dịch' : 'Campaign'} ${fact.title} (${formatDate(fact.startsOn)}–${formatDate(fact.endsOn)})`,
      };
    case 'campaign_participation':
      return {
        text: `${vi ? 'Tham gia chiến dịch' : 'Took part in a campaign'} ${formatDate(fact.participatedOn)}`,
      };
    case 'publication':
      return {
        text: `${vi ? 'Ấn phẩm' : 'Publication'} ${formatDate(fact.publishedOn)} — ${fact.title}`,
      };
    case 'app_milestone':
      return {
        text: `${vi ? 'Mốc ứng dụng' : 'App milestone'} ${formatDate(fact.reachedOn)} — ${APP_MILESTONE_LABELS[fact.milestone][lang]}`,
      };
  }
}

export function EvidenceList({ facts }: { facts: readonly Fact[] }) {
  const { lang, t } = useLang();
  if (facts.length === 0) return null;
  return (
    <>
      <p className="small evidence-title">{t('evidence')}:</p>
      <ul className="evidence" aria-label={t('evidence')}>
        {facts.map((fact, i) => {
          const { text, url } = describe(fact, lang);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: facts are a fixed list from one evaluation
            <li key={i}>
              {url ? (
                <a href={url} target="_blank" rel="noreferrer noopener">
                  {text}
                </a>
              ) : (
                text
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
