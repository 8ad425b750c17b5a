import type { Translate } from '@/lib/i18n';
import type { TabProtection } from '@/lib/messaging/tabs';

/** One sentence on whether Cadre is protecting the WhatsApp tab, with data-protection. */
export function ProtectionStatus({
  t,
  protection,
}: {
  t: Translate;
  protection: TabProtection | null;
}) {
  if (!protection) return <p class="status">{t('common.loading')}</p>;
  const text = {
    active: t('popup.protectionActive'),
    inactive: t('popup.protectionInactive'),
    unwatched: t('popup.protectionUnwatched'),
    idle: t('popup.protectionIdle'),
    starting: t('common.loading'),
    'no-tab': t('popup.protectionNoTab'),
    reload: t('popup.protectionReload'),
  }[protection.state];
  const tone =
    protection.state === 'active'
      ? 'ok'
      : protection.state === 'inactive' || protection.state === 'reload'
        ? 'warn'
        : 'neutral';
  return (
    <p class={`status status--${tone}`} role="status" data-protection={protection.state}>
      {text}
    </p>
  );
}
