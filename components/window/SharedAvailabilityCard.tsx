import type { Translate } from '@/lib/i18n';
import { WindowCard } from './WindowCard';

export type SharedCardState =
  | { kind: 'offer'; week: string; from?: string; busy?: boolean; error?: string }
  | { kind: 'refused'; reason: string }
  /** WhatsApp shows the message cut: its tag, on the last line, may be hidden. */
  | { kind: 'cut' }
  | { kind: 'applied' };

/** The mentee's card when a shared availability message is in the chat. */
export function SharedAvailabilityCard({
  t,
  card,
  onApply,
  onLater,
}: {
  t: Translate;
  card: SharedCardState;
  onApply(): void;
  onLater(): void;
}) {
  if (card.kind === 'applied') {
    return (
      <WindowCard kind="share-applied">
        <p class="window-card-text">{t('window.shareApplied')}</p>
      </WindowCard>
    );
  }
  if (card.kind === 'cut') {
    return (
      <WindowCard kind="share-cut" title={t('window.shareFoundTitle')}>
        <p class="window-card-text">{t('window.shareCut')}</p>
        <KeepAndDismiss t={t} onLater={onLater} />
      </WindowCard>
    );
  }
  if (card.kind === 'refused') {
    return (
      // The reason already opens with "Shared availability refused": no title repeating it.
      <WindowCard kind="share-refused" tone="refused">
        <p class="window-card-text">{card.reason}</p>
        <KeepAndDismiss t={t} onLater={onLater} />
      </WindowCard>
    );
  }
  return (
    <WindowCard kind="share-offer" title={t('window.shareFoundTitle')}>
      <p class="window-card-text">{t('window.shareFound', { week: card.week })}</p>
      {/* Who posted it and when, before anything is applied. */}
      {card.from && (
        <p class="window-card-help" data-share-from>
          {card.from}
        </p>
      )}
      {card.error && <p class="window-card-help">{card.error}</p>}
      <div class="window-card-actions">
        <button type="button" class="window-button" onClick={onLater}>
          {t('window.shareLater')}
        </button>
        <button
          type="button"
          class="window-button window-button--primary"
          disabled={card.busy}
          onClick={onApply}
        >
          {t('window.shareApply')}
        </button>
      </div>
    </WindowCard>
  );
}

/** Nothing was applied: the person's own hours stay, and the card can go. */
function KeepAndDismiss({ t, onLater }: { t: Translate; onLater: () => void }) {
  return (
    <>
      <p class="window-card-help">{t('window.shareRefusedKeep')}</p>
      <div class="window-card-actions">
        <button type="button" class="window-button" onClick={onLater}>
          {t('window.dismiss')}
        </button>
      </div>
    </>
  );
}
