import type { Translate } from '@/lib/i18n';
import type { TabProtection } from '@/lib/messaging/tabs';
import type { CapabilityName } from '@/lib/whatsapp/capabilities';

/**
 * One sentence on whether Cadre is protecting the WhatsApp tab, with data-protection. In a
 * watched chat where a part of the page is not recognised, it never says "active": it
 * names each missing protection and what Cadre does instead.
 */
export function ProtectionStatus({
  t,
  protection,
}: {
  t: Translate;
  protection: TabProtection | null;
}) {
  if (!protection) return <p class="status">{t('common.loading')}</p>;
  const missing = ('missing' in protection && protection.missing) || [];
  const partial = protection.state === 'active' && missing.length > 0;
  const text = partial
    ? t('popup.protectionPartial')
    : {
        active: t('popup.protectionActive'),
        inactive: t('popup.protectionInactive'),
        unwatched: t('popup.protectionUnwatched'),
        idle: t('popup.protectionIdle'),
        starting: t('common.loading'),
        'no-tab': t('popup.protectionNoTab'),
        reload: t('popup.protectionReload'),
      }[protection.state];
  const tone =
    protection.state === 'active' && !partial
      ? 'ok'
      : partial || protection.state === 'inactive' || protection.state === 'reload'
        ? 'warn'
        : 'neutral';
  return (
    <div class="protection-status">
      <p
        class={`status status--${tone}`}
        role="status"
        data-protection={protection.state}
        data-missing={missing.join(' ')}
      >
        {text}
      </p>
      {partial && (
        <ul class="status-missing">
          {missing.map((name) => (
            <li key={name} data-capability={name}>
              {t(MISSING[name])}
            </li>
          ))}
        </ul>
      )}
      {protection.state === 'active' && <p class="status-note">{t('popup.forwardsUnchecked')}</p>}
    </div>
  );
}

const MISSING = {
  composer: 'popup.missingComposer',
  sendControl: 'popup.missingSendControl',
  attachments: 'popup.missingAttachments',
  messages: 'popup.missingMessages',
  sentMessages: 'popup.missingSentMessages',
  chatTitle: 'popup.missingChatTitle',
} as const satisfies Record<CapabilityName, string>;
