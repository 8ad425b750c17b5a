import type { Translate } from '@/lib/i18n';
import { GuardDialog } from './GuardDialog';

export interface UnseenFilesPanelProps {
  t: Translate;
  /** What Cadre could not see: the files' preview, or the files themselves coming in. */
  unseen: 'preview' | 'files';
  names: readonly string[];
  onConfirm(): void;
}

/**
 * Files came in and Cadre cannot find their preview or caption, or a preview opened for
 * files Cadre never saw: a panel over the whole page (its backdrop takes every click)
 * until the person says they checked.
 */
export function UnseenFilesPanel({ t, unseen, names, onConfirm }: UnseenFilesPanelProps) {
  return (
    <div class="guard-backdrop" data-cadre-backdrop>
      <GuardDialog
        id="cadre-unseen-files"
        title={t(unseen === 'files' ? 'guard.unknownFilesTitle' : 'guard.unseenFilesTitle')}
        anchor={null}
        // Escape is no answer here: the preview is still open and unchecked.
        onEscape={() => undefined}
      >
        <div id="cadre-unseen-files-body">
          <p class="guard-text">
            {t(unseen === 'files' ? 'guard.unknownFilesBody' : 'guard.unseenFilesBody')}
          </p>
          {names.length > 0 && (
            <p class="guard-files">{t('guard.attachFiles', { names: names.join(', ') })}</p>
          )}
        </div>
        <div class="guard-actions">
          {/* Not focused first: Enter, pressed to send, must not say "I checked". */}
          <button
            type="button"
            class="guard-button guard-button--primary"
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
