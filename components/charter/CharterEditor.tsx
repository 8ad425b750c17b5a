import { useState } from 'preact/hooks';
import { TextField } from '@/components/options/TextField';
import { readTextFile } from '@/components/options/download';
import { parseCharter } from '@/lib/charter';
import { db } from '@/lib/db';
import type { Lang, Translate } from '@/lib/i18n';
import { validateCharterText, type CharterTextError } from './charter-validation';

/**
 * The mentor's editor: the charter's text, checked as typed. Saving stores a new version,
 * which asks for a new acceptance.
 */
export function CharterEditor({
  t,
  lang,
  initial,
  onDone,
}: {
  t: Translate;
  lang: Lang;
  initial: string;
  onDone: (saved: boolean) => void;
}) {
  const [text, setText] = useState(initial);
  const [touched, setTouched] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const { error, rules } = validateCharterText(text);
  const unchanged = text.trim() === initial.trim() && initial !== '';
  const shownError = touched ? describe(t, error) : null;

  const save = async (event: Event) => {
    event.preventDefault();
    setTouched(true);
    if (error || unchanged) {
      document.getElementById('charter-editor')?.focus();
      return;
    }
    await db().charters.add({
      lang,
      title: parseCharter(text).title,
      text: text.trim(),
      source: 'custom',
      createdAt: Date.now(),
    });
    onDone(true);
  };

  const loadFile = async (event: Event) => {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    const content = await readTextFile(file, 200_000).catch(() => null);
    if (content === null) setFileError(t('options.fileUnreadable'));
    else if (content === 'too-big') setFileError(t('onboarding.charterTooLong', { n: file.size }));
    else {
      setFileError(null);
      setText(content);
      setTouched(true);
    }
  };

  return (
    <form class="charter-editor" noValidate onSubmit={save}>
      <h3>{t('onboarding.editHeading')}</h3>
      <TextField
        id="charter-editor"
        label={t('onboarding.editorLabel')}
        help={t('onboarding.editHelp')}
        value={text}
        multiline
        rows={16}
        onInput={(value) => {
          setText(value);
          setTouched(true);
        }}
        error={shownError ?? (touched && unchanged ? t('onboarding.charterUnchanged') : null)}
      />
      {!error && <p class="field-help">{t('onboarding.rulesFound', { n: rules })}</p>}
      <div class="field">
        <label for="charter-file">{t('onboarding.fileLabel')}</label>
        <input
          id="charter-file"
          type="file"
          accept=".txt,text/plain"
          onChange={loadFile}
          aria-describedby={fileError ? 'charter-file-error' : undefined}
        />
        {fileError && (
          <p class="field-error" id="charter-file-error">
            {fileError}
          </p>
        )}
      </div>
      <div class="actions">
        <button type="button" class="button" onClick={() => onDone(false)}>
          {t('common.cancel')}
        </button>
        <button type="submit" class="button button--primary">
          {t('onboarding.saveVersion')}
        </button>
      </div>
    </form>
  );
}

function describe(t: Translate, error: CharterTextError | null): string | null {
  if (!error) return null;
  switch (error.code) {
    case 'empty':
      return t('onboarding.charterEmpty');
    case 'too-long':
      return t('onboarding.charterTooLong', { n: error.length });
    case 'no-title':
      return t('onboarding.charterNoTitle');
    case 'no-rules':
      return t('onboarding.charterNoRules');
  }
}
