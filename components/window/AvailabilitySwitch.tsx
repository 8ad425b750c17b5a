import { useState } from 'preact/hooks';
import { ask } from '@/lib/messaging';
import type { Translate } from '@/lib/i18n';
import type { ManualState } from '@/lib/schedule';

/** The mentor's one click: away (until an optional date and time) or available again. */
export function AvailabilitySwitch({ t, manual }: { t: Translate; manual: ManualState }) {
  const [until, setUntil] = useState('');
  const away = manual.state === 'away';

  const toggle = async () => {
    if (away) {
      await ask({ type: 'schedule.setManual', manual: { state: 'available' } });
      return;
    }
    // datetime-local is the viewer's wall clock; the schedule keeps an ISO instant.
    const end = until ? new Date(until) : null;
    const next: ManualState =
      end && !Number.isNaN(end.getTime())
        ? { state: 'away', until: end.toISOString() }
        : { state: 'away' };
    await ask({ type: 'schedule.setManual', manual: next });
    setUntil('');
  };

  return (
    <div class="window-switch">
      {!away && (
        <label>
          {t('window.awayUntil')}
          <input
            type="datetime-local"
            value={until}
            onInput={(event) => setUntil((event.currentTarget as HTMLInputElement).value)}
            title={t('window.awayUntilHelp')}
          />
        </label>
      )}
      <button
        type="button"
        class={away ? 'button button--primary' : 'button'}
        aria-pressed={away}
        data-availability-switch={away ? 'away' : 'available'}
        onClick={() => void toggle()}
      >
        {away ? t('window.backAvailable') : t('window.goAway')}
      </button>
    </div>
  );
}
