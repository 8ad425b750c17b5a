import type { Translate } from '@/lib/i18n';
import { GuardDialog } from './GuardDialog';
import { byPerson } from './by-person';

export interface VagueNudgeProps {
  t: Translate;
  anchor: DOMRect | null;
  onInsert(): void;
  onSend(): void;
  onTurnOff(): void;
  onBack(): void;
}

/** Rule 4: a bare question may be structured; one click inserts the frame, one turns it off. */
export function VagueNudge({ t, anchor, onInsert, onSend, onTurnOff, onBack }: VagueNudgeProps) {
  return (
    <GuardDialog
      id="cadre-vague"
      title={t('guard.vagueTitle')}
      tone="calm"
      role="dialog"
      anchor={anchor}
      onEscape={onBack}
    >
      <p class="guard-text" id="cadre-vague-body">
        {t('guard.vagueBody')}
      </p>
      <div class="guard-actions">
        <button
          type="button"
          class="guard-button guard-button--primary"
          data-autofocus
          onClick={onInsert}
        >
          {t('guard.vagueInsert')}
        </button>
        <button type="button" class="guard-button" onClick={byPerson(onSend)}>
          {t('guard.vagueSend')}
        </button>
        <button type="button" class="guard-button guard-button--quiet" onClick={onTurnOff}>
          {t('guard.vagueOff')}
        </button>
      </div>
    </GuardDialog>
  );
}
