import type { Translate } from '@/lib/i18n';
import { WindowCard } from './WindowCard';
import './window.css';

/** The mentor's "Share my availability", just above the chip in watched chats. */
export function ShareButton({
  t,
  busy,
  error,
  onShare,
}: {
  t: Translate;
  busy: boolean;
  error?: string;
  onShare(): void;
}) {
  return (
    <>
      {error && (
        <WindowCard kind="share-failed" tone="refused">
          <p class="window-card-text">{error}</p>
        </WindowCard>
      )}
      <button
        type="button"
        class="window-share"
        title={t('window.shareHelp')}
        disabled={busy}
        onClick={onShare}
        data-window-share
      >
        {t('window.share')}
      </button>
    </>
  );
}
