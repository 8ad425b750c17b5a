import type { Translate } from '@/lib/i18n';
import { GuardDialog } from './GuardDialog';
import { byPerson } from './by-person';

export interface AttachmentPanelProps {
  t: Translate;
  anchor: DOMRect | null;
  kind: 'document' | 'screenshot';
  names: readonly string[];
  failed: boolean;
  onRemove(): void;
  onKeep(): void;
}

/** Rule 2 for files: before a document or a screenshot can leave, remove it or keep it. */
export function AttachmentPanel({
  t,
  anchor,
  kind,
  names,
  failed,
  onRemove,
  onKeep,
}: AttachmentPanelProps) {
  return (
    <GuardDialog
      id="cadre-attachment"
      title={t(kind === 'document' ? 'guard.attachDocumentTitle' : 'guard.attachScreenshotTitle')}
      anchor={anchor}
      onEscape={onRemove}
    >
      <div id="cadre-attachment-body">
        <p class="guard-text">{t('guard.attachBody')}</p>
        <p class="guard-files">{t('guard.attachFiles', { names: names.join(', ') })}</p>
      </div>
      {failed && (
        <p class="guard-error" role="alert">
          {t('guard.attachRemoveFailed')}
        </p>
      )}
      <div class="guard-actions">
        <button
          type="button"
          class="guard-button guard-button--primary"
          data-autofocus
          onClick={onRemove}
        >
          {t('guard.attachRemove')}
        </button>
        <button type="button" class="guard-button guard-button--quiet" onClick={byPerson(onKeep)}>
          {t('guard.attachKeep')}
        </button>
      </div>
    </GuardDialog>
  );
}
