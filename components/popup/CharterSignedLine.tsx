import { browser } from 'wxt/browser';
import { readCharterStatus } from '@/components/charter/charter-status';
import { formatCalendarDate } from '@/components/options/dates';
import { useLiveQuery } from '@/components/options/use-live-query';
import { db } from '@/lib/db';
import type { Lang, Translate } from '@/lib/i18n';

/** Whether the charter in force is signed; when not, a way to go and sign it. */
export function CharterSignedLine({ t, lang }: { t: Translate; lang: Lang }) {
  const status = useLiveQuery(() => readCharterStatus(db()), []);
  if (!status) return null;
  const text =
    status.state === 'signed'
      ? t('data.charterSigned', { date: formatCalendarDate(status.signature.date, lang) })
      : status.state === 'resign'
        ? t('data.charterResign')
        : t('data.charterUnsigned');
  const openSigning = () =>
    browser.tabs
      .create({ url: browser.runtime.getURL('/options.html#onboarding') })
      .then(() => window.close());
  return (
    <p
      class={`status charter-line ${status.state === 'signed' ? 'status--ok' : 'status--warn'}`}
      data-charter-state={status.state}
    >
      <span>{text}</span>
      {status.state !== 'signed' && (
        <button type="button" class="link-button" onClick={openSigning}>
          {t('data.charterAction')}
        </button>
      )}
    </p>
  );
}
