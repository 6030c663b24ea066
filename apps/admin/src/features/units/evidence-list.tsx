// The facts behind a state, in words: the course held, the page found, the staff named.
import type { Evaluation, Lang } from '@lantoa/domain';
import { formatDate } from '../../lib/format';
import { useLang } from '../../lib/i18n';

type Fact = Evaluation['evidence'][number];

function describe(fact: Fact, lang: Lang): { text: string; url?: string } {
  const vi = lang === 'vi';
  switch (fact.type) {
    case 'report':
      return { text: vi ? `Báo cáo kỳ ${fact.periodKey}` : `Report for ${fact.periodKey}` };
    case 'code_of_conduct_session':
      return {
        text: `${vi ? 'Buổi phổ biến Bộ Quy tắc ứng xử' : 'Code of Conduct session'} ${formatDate(fact.heldOn)}`,
      };
    case 'communication_staff':
      return { text: `${vi ? 'Cán bộ truyền thông' : 'Communication staff'}: ${fact.name}` };
    case 'facebook_page':
      return {
        text: `${fact.name} (${fact.recentPostCount} ${vi ? 'bài gần đây' : 'recent posts'})`,
        url: fact.url,
      };
    case 'training_course':
      return { text: `${fact.title} — ${formatDate(fact.heldOn)}` };
    case 'campaign':
      return { text: fact.title };
    case 'campaign_participation':
      return {
        text: `${vi ? 'Tham gia chiến dịch' : 'Took part in a campaign'} ${formatDate(fact.participatedOn)}`,
      };
    case 'publication':
      return { text: `${fact.title} — ${formatDate(fact.publishedOn)}` };
    case 'app_milestone':
      return { text: `${fact.milestone} — ${formatDate(fact.reachedOn)}` };
  }
}

export function EvidenceList({ facts }: { facts: readonly Fact[] }) {
  const { lang } = useLang();
  if (facts.length === 0) return null;
  return (
    <ul className="evidence">
      {facts.map((fact, i) => {
        const { text, url } = describe(fact, lang);
        return (
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
  );
}
