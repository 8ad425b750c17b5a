import { useState } from 'preact/hooks';
import type { Finding } from '@/lib/detect';
import type { PlaceholderReplacement } from '@/lib/anonymize';
import type { Lang, Translate } from '@/lib/i18n';
import { GuardDialog } from './GuardDialog';
import { typeLabel } from './finding-labels';
import { byPerson } from './by-person';

/**
 * 'failed': the text could not be replaced and the message is back as it was; 'altered':
 * it could not be put back either, so the panel gives the person their original words.
 */
export type SendPanelStatus = 'ready' | 'working' | 'failed' | 'altered';

export interface SendPanelProps {
  t: Translate;
  lang: Lang;
  findings: readonly Finding[];
  replacements: readonly PlaceholderReplacement[];
  /** The message with every finding replaced: the preview's starting text. */
  anonymized: string;
  /** The message as the person wrote it. */
  original: string;
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
  // The composer no longer holds the message: nothing can be sent from it as it is.
  const altered = status === 'altered';

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
      {altered && <OriginalText t={t} original={props.original} />}
      {working && (
        <p class="guard-note" role="status">
          {t('guard.working')}
        </p>
      )}
      <div class="guard-actions">
        <button
          type="button"
          class="guard-button guard-button--primary"
          disabled={working || altered || preview.trim() === ''}
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
          disabled={working || altered}
          onClick={byPerson(props.onSendAnyway)}
        >
          {t('guard.sendAnyway')}
        </button>
      </div>
      <p class="guard-hint">{t('guard.keysHint')}</p>
    </GuardDialog>
  );
}

/** The person's own words, to copy back by hand when WhatsApp's box lost them. */
function OriginalText({ t, original }: { t: Translate; original: string }) {
  const [copied, setCopied] = useState<'no' | 'yes' | 'select'>('no');
  const copy = (event: MouseEvent) => {
    const box = (event.currentTarget as HTMLElement)
      .closest('.guard-original')
      ?.querySelector('textarea');
    navigator.clipboard.writeText(original).then(
      () => setCopied('yes'),
      () => {
        // No clipboard here: the text is selected for the person's own copy.
        box?.select();
        setCopied('select');
      },
    );
  };
  return (
    <div class="guard-original">
      <p class="guard-error" role="alert">
        {t('guard.verifyFailedAltered')}
      </p>
      <label class="guard-preview-label" for="cadre-send-original">
        {t('guard.originalLabel')}
      </label>
      <textarea
        id="cadre-send-original"
        class="guard-preview"
        readOnly
        value={original}
        rows={Math.min(6, Math.max(2, Math.ceil(original.length / 60)))}
      />
      <button type="button" class="guard-button" onClick={copy}>
        {copied === 'yes' ? t('guard.originalCopied') : t('guard.copyOriginal')}
      </button>
      {copied === 'select' && <p class="guard-note">{t('guard.originalSelected')}</p>}
    </div>
  );
}
