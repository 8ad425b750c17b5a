import { useEffect, useState } from 'preact/hooks';
import {
  BACKUP_TABLES,
  backupFileName,
  exportBackupText,
  parseBackup,
  type BackupFile,
  type BackupProblem,
} from '@/lib/backup';
import { db } from '@/lib/db';
import type { Lang, MessageKey, Translate } from '@/lib/i18n';
import { ask } from '@/lib/messaging';
import { ConfirmDialog } from './ConfirmDialog';
import { downloadText, readTextFile } from './download';
import { formatInstant } from './dates';
import { Notice } from './Notice';
import { requestPersistence, type Persistence } from './persistence';
import type { SectionProps } from './section-props';

const MAX_BACKUP = 20_000_000;

/** Export everything, restore a backup (validated, all or nothing), erase everything. */
export function DataSection({ t, lang }: SectionProps) {
  const [notice, setNotice] = useState<{ text: string; tone: 'ok' | 'warn' } | null>(null);
  const [pending, setPending] = useState<{ backup: BackupFile; text: string } | null>(null);
  const [erasing, setErasing] = useState(false);
  const [persistence, setPersistence] = useState<Persistence | null>(null);
  useEffect(() => {
    void requestPersistence().then(setPersistence);
  }, []);

  const download = async () => {
    // The file is read back first: one the import would refuse is never offered.
    const result = await exportBackupText(db());
    if (!result.ok) {
      return setNotice({
        text: t('data.exportBroken', { where: partName(t, result.where) }),
        tone: 'warn',
      });
    }
    downloadText(backupFileName(t('data.fileBase')), result.text, 'application/json');
    setNotice({ text: t('data.exported'), tone: 'ok' });
  };
  const choose = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const text = await readTextFile(file, MAX_BACKUP).catch(() => '');
    if (text === 'too-big') return setNotice({ text: t('data.fileTooBig'), tone: 'warn' });
    const parsed = parseBackup(text);
    if (parsed.ok) {
      setNotice(null);
      setPending({ backup: parsed.backup, text });
    } else setNotice({ text: refusal(t, parsed), tone: 'warn' });
  };
  // Restore and erase go through the background, which checks the file again and pushes
  // the result to open WhatsApp tabs.
  const restore = async () => {
    const { text } = pending!;
    setPending(null);
    try {
      const result = await ask({ type: 'backup.restore', text });
      if (result.ok) setNotice({ text: t('data.imported'), tone: 'ok' });
      else if (result.reason === 'failed') {
        setNotice({ text: t('data.importFailedPlain'), tone: 'warn' });
      } else setNotice({ text: refusal(t, result), tone: 'warn' });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setNotice({ text: t('data.importFailed', { message }), tone: 'warn' });
    }
  };
  const erase = async () => {
    setErasing(false);
    await ask({ type: 'data.erase' });
    setNotice({ text: t('data.erased'), tone: 'ok' });
  };

  return (
    <>
      <p>{t('data.intro')}</p>
      <Notice message={notice?.text ?? null} tone={notice?.tone} />
      <section aria-labelledby="export-heading" class="data-block">
        <h3 id="export-heading">{t('data.exportHeading')}</h3>
        <p class="field-help">{t('data.exportHelp')}</p>
        <button type="button" class="button button--primary" onClick={download}>
          {t('data.exportButton')}
        </button>
      </section>
      <section aria-labelledby="import-heading" class="data-block">
        <h3 id="import-heading">{t('data.importHeading')}</h3>
        <div class="field">
          <label for="backup-file">{t('data.importLabel')}</label>
          <p class="field-help" id="backup-file-help">
            {t('data.importHelp')}
          </p>
          <input
            id="backup-file"
            type="file"
            accept=".json,application/json"
            aria-describedby="backup-file-help"
            onChange={choose}
          />
        </div>
      </section>
      <section aria-labelledby="storage-heading" class="data-block">
        <h3 id="storage-heading">{t('data.storageHeading')}</h3>
        {persistence && (
          <p
            class={`status ${persistence === 'persisted' ? 'status--ok' : 'status--warn'}`}
            data-persistence={persistence}
          >
            {persistence === 'persisted'
              ? t('data.storagePersisted')
              : persistence === 'not-persisted'
                ? t('data.storageNotPersisted')
                : t('data.storageUnknown')}
          </p>
        )}
      </section>
      <section aria-labelledby="erase-heading" class="data-block data-block--danger">
        <h3 id="erase-heading">{t('data.eraseHeading')}</h3>
        <p class="field-help">{t('data.eraseHelp')}</p>
        <button type="button" class="button button--danger" onClick={() => setErasing(true)}>
          {t('data.eraseButton')}
        </button>
        <a class="link-button restart" href="#onboarding">
          {t('data.restartOnboarding')}
        </a>
      </section>
      <ConfirmDialog
        id="confirm-import"
        open={pending !== null}
        title={t('data.importConfirmTitle')}
        text={
          pending ? t('data.importConfirmText', { date: exportedOn(pending.backup, lang) }) : ''
        }
        confirmLabel={t('data.importConfirm')}
        cancelLabel={t('common.cancel')}
        onConfirm={restore}
        onCancel={() => setPending(null)}
      />
      <ConfirmDialog
        id="confirm-erase"
        open={erasing}
        danger
        title={t('data.eraseConfirmTitle')}
        text={t('data.eraseConfirmText')}
        confirmLabel={t('data.eraseConfirm')}
        cancelLabel={t('common.cancel')}
        onConfirm={erase}
        onCancel={() => setErasing(false)}
      />
    </>
  );
}

const PARTS = new Set(BACKUP_TABLES as readonly string[]);

/** Which part of the file is damaged, in words a person knows, not a technical path. */
function partName(t: Translate, where: string): string {
  const table = /^data\.(\w+)/.exec(where)?.[1];
  return table && PARTS.has(table) ? t(`data.part.${table}` as MessageKey) : t('data.part.header');
}

function exportedOn(backup: BackupFile, lang: Lang): string {
  return formatInstant(Date.parse(backup.exportedAt), lang);
}

function refusal(t: Translate, parsed: BackupProblem): string {
  switch (parsed.reason) {
    case 'not-json':
      return t('data.importNotJson');
    case 'foreign':
      return t('data.importForeign');
    case 'newer':
      return t('data.importNewer', { version: parsed.version });
    case 'malformed':
      return t('data.importMalformed', { where: partName(t, parsed.where) });
  }
}
