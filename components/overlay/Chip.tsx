import type { Translate } from '@/lib/i18n';
import type { ProtectionState } from '@/lib/messaging/protocol';
import type { CapabilityName } from '@/lib/whatsapp/capabilities';
import { missingLabels } from './missing-labels';

export interface ChipProps {
  t: Translate;
  protection: ProtectionState;
  /** Protections Cadre cannot give on this page (a part of WhatsApp it does not recognise). */
  missing: readonly CapabilityName[];
  chat: string | null;
  findingCount: number;
  reloadNeeded: boolean;
  /** Extra line under the state, e.g. the response window; features fill it. */
  detail?: preact.ComponentChild;
  onWatch(watched: boolean): void;
}

/**
 * The chip beside WhatsApp's composer: a live status (role="status") whose text starts
 * with "Cadre", and in an unwatched chat the offer to watch it. In a watched chat it never
 * says "actif" while a part of the page goes unchecked: it names what is missing.
 */
export function Chip({
  t,
  protection,
  missing,
  chat,
  findingCount,
  reloadNeeded,
  detail,
  onWatch,
}: ChipProps) {
  if (reloadNeeded) {
    return (
      <div class="chip chip--warn" role="status" title={t('common.reloadPage')}>
        {t('chip.reload')}
      </div>
    );
  }
  if (protection === 'inactive') {
    return (
      <div
        class="chip chip--warn"
        role="status"
        title={t('chip.inactiveHelp')}
        data-protection="inactive"
      >
        {t('chip.inactive')}
      </div>
    );
  }
  if (protection === 'starting' && chat) {
    return (
      <div class="chip" role="status" data-protection="starting">
        {t('chip.starting')}
      </div>
    );
  }
  if (protection === 'active') {
    const partial = missing.length > 0;
    const label = partial
      ? t('chip.partial', { missing: missingLabels(t, missing).join(' · ') })
      : findingCount > 0
        ? t('chip.findings', { n: findingCount })
        : t('chip.active');
    return (
      <div class="chip-row">
        <div
          class={`chip ${partial ? 'chip--warn' : 'chip--active'}`}
          role="status"
          data-protection="active"
          data-missing={missing.join(' ')}
          title={partial ? t('chip.partialHelp') : t('chip.activeHelp')}
        >
          {label}
          {detail && (
            <>
              {/* Read aloud between the state and the detail; the chip draws its own divider. */}
              <span class="visually-hidden"> · </span>
              {detail}
            </>
          )}
        </div>
        {chat && (
          <button
            type="button"
            class="chip-action"
            onClick={() => onWatch(false)}
            title={t('chip.unwatchChat')}
            aria-label={t('chip.unwatchChat')}
          >
            ×
          </button>
        )}
      </div>
    );
  }
  if (protection === 'unwatched' && chat) {
    return (
      <div class="chip-row">
        <div class="chip" role="status" data-protection="unwatched">
          {t('chip.unwatched')}
        </div>
        <button type="button" class="chip-action chip-action--text" onClick={() => onWatch(true)}>
          {t('chip.watchChat')}
        </button>
      </div>
    );
  }
  return null;
}
