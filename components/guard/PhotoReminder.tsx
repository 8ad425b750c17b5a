import type { Translate } from '@/lib/i18n';
import { placement } from './GuardDialog';
import './guard.css';

/** A discreet line for ordinary photos: no choice to make, just a reminder. */
export function PhotoReminder({ t, anchor }: { t: Translate; anchor: DOMRect | null }) {
  return (
    <div class="guard-reminder" role="status" style={placement(anchor)}>
      {t('guard.photoReminder')}
    </div>
  );
}
