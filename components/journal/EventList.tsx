import { formatInstant } from '@/components/options/dates';
import type { JournalEvent } from '@/lib/db/records';
import type { Lang, MessageKey, Translate } from '@/lib/i18n';

const SHOWN = 30;

/** The latest journal events, newest first: what happened, never what was written. */
export function EventList({
  t,
  lang,
  events,
}: {
  t: Translate;
  lang: Lang;
  events: JournalEvent[];
}) {
  if (!events.length) return <p class="empty">{t('journal.eventsEmpty')}</p>;
  const newest = [...events].sort((a, b) => b.at - a.at);
  return (
    <>
      <ul class="event-list" data-testid="journal-events">
        {newest.slice(0, SHOWN).map((event) => (
          <li key={event.id} data-action={event.action}>
            <time dateTime={new Date(event.at).toISOString()}>{formatInstant(event.at, lang)}</time>
            <span class="event-action">{t(`journal.action.${event.action}` as MessageKey)}</span>
            {details(t, event) && <span class="event-details">{details(t, event)}</span>}
          </li>
        ))}
      </ul>
      {newest.length > SHOWN && (
        <p class="field-help">{t('journal.eventsMore', { n: newest.length - SHOWN })}</p>
      )}
    </>
  );
}

function details(t: Translate, event: JournalEvent): string {
  const parts: string[] = [];
  const findings = Object.entries(event.findings).map(
    ([type, count]) => `${findingName(t, type)} × ${count}`,
  );
  if (findings.length) parts.push(t('journal.findings', { list: findings.join(', ') }));
  if (event.inWindow === false) parts.push(t('journal.outsideWindow'));
  return parts.join(' · ');
}

const NAMED_FINDINGS = new Set([
  'PERSON',
  'ORG',
  'EMAIL',
  'PHONE',
  'IBAN',
  'CARD',
  'NIR',
  'SIRET',
  'ADDRESS',
  'LINK',
  'PLATE',
  'DOB',
]);

function findingName(t: Translate, type: string): string {
  // A type without a name yet (a newer detector) shows as itself.
  return NAMED_FINDINGS.has(type) ? t(`journal.finding.${type}` as MessageKey) : type;
}
