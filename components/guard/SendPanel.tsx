import { useState } from 'preact/hooks';
import type { Finding } from '@/lib/detect';
import type { PlaceholderReplacement } from '@/lib/anonymize';
import type { Lang, Translate } from '@/lib/i18n';
import { GuardDialog } from './GuardDialog';
import { typeLabel } from './finding-labels';
import { byPerson } from './by-person';

export type SendPanelStatus = 'ready' | 'working' | 'failed';

export interface SendPanelProps {
  t: Translate;
  lang: Lang;
  findings: readonly Finding[];
  replacements: readonly PlaceholderReplacement[];
  /** The message with every finding replaced: the preview's starting text. */
  anonymized: string;
  status: SendPanelStatus;
  anchor: DOMRect | null;
  /** `text` is the preview as it stands; `edited` when the user changed it. */
  onAnonymize(text: string, edited: boolean): void;
  onEdit(): void;
  onSendAnyway(): void;
}

/**
 * The choice before a risky send, as a DLP policy tip: what was found, what would go
 * instead (editable), and three buttons. "Modifier" is focused and is what Escape does.
 */
export function SendPanel(props: SendPanelProps) {
  const { t, findings, replacements, anonymized, status, anchor } = props;
  const [preview, setPreview] = useState(anonymized);
  const edited = preview !== anonymized;
  const working = status === 'working';

  return (
    <GuardDialog
      id="cadre-send"
      title={t('guard.panelTitle', { n: findings.length })}
      anchor={anchor}
      onEscape={props.onEdit}
    >
      <div id="cadre-send-body">
        <p class="guard-text">{t('guard.panelIntro')}</p>
        <ul class="guard-findings">
          {findings.map((finding, index) => (
            <li key={`${finding.start}-${finding.end}`} class="guard-finding">
              <span class="guard-finding-type">{typeLabel(t, finding.type)}</span>
              <span class="guard-finding-value">{finding.text}</span>
              <span class="guard-finding-arrow" aria-hidden="true">
                →
              </span>
              <span class="guard-placeholder">{replacements[index]?.text ?? ''}</span>
            </li>
          ))}
        </ul>
        <p class="guard-quote">{t('guard.charterRule2')}</p>
      </div>
      <label class="guard-preview-label" for="cadre-send-preview">
        {t('guard.previewLabel')}
      </label>
      <textarea
        id="cadre-send-preview"
        class="guard-preview"
        value={preview}
        rows={Math.min(6, Math.max(2, Math.ceil(preview.length / 60)))}
        disabled={working}
        onInput={(event) => setPreview((event.target as HTMLTextAreaElement).value)}
      />
      {edited && <p class="guard-note">{t('guard.previewEdited')}</p>}
      {status === 'failed' && (
        <p class="guard-error" role="alert">
          {t('guard.verifyFailed')}
        </p>
      )}
      {working && (
        <p class="guard-note" role="status">
          {t('guard.working')}
        </p>
      )}
      <div class="guard-actions">
        <button
          type="button"
          class="guard-button guard-button--primary"
          disabled={working || preview.trim() === ''}
          onClick={byPerson(() => props.onAnonymize(preview, edited))}
        >
          {t('guard.anonymizeAndSend')}
        </button>
        <button type="button" class="guard-button" data-autofocus onClick={props.onEdit}>
          {t('guard.edit')}
        </button>
        <button
          type="button"
          class="guard-button guard-button--quiet"
          disabled={working}
          onClick={byPerson(props.onSendAnyway)}
        >
          {t('guard.sendAnyway')}
        </button>
      </div>
      <p class="guard-hint">{t('guard.keysHint')}</p>
    </GuardDialog>
  );
}
