import type { Translate } from '@/lib/i18n';
import { GuardDialog } from './GuardDialog';

export interface UnseenFilesPanelProps {
  t: Translate;
  names: readonly string[];
  onConfirm(): void;
}

/**
 * Files came in and Cadre cannot find their preview or caption: a panel over the whole
 * page (its backdrop takes every click) until the person says they checked.
 */
export function UnseenFilesPanel({ t, names, onConfirm }: UnseenFilesPanelProps) {
  return (
    <div class="guard-backdrop" data-cadre-backdrop>
      <GuardDialog
        id="cadre-unseen-files"
        title={t('guard.unseenFilesTitle')}
        anchor={null}
        // Escape is no answer here: the preview is still open and unchecked.
        onEscape={() => undefined}
      >
        <div id="cadre-unseen-files-body">
          <p class="guard-text">{t('guard.unseenFilesBody')}</p>
          {names.length > 0 && (
            <p class="guard-files">{t('guard.attachFiles', { names: names.join(', ') })}</p>
          )}
        </div>
        <div class="guard-actions">
          <button
            type="button"
            class="guard-button guard-button--primary"
            data-autofocus
            onClick={(event) => {
              // A decisive action needs a person.
              if (event.isTrusted) onConfirm();
            }}
          >
            {t('guard.unseenFilesConfirm')}
          </button>
        </div>
      </GuardDialog>
    </div>
  );
}
