import { useState } from 'preact/hooks';
import { CharterEditor } from '@/components/charter/CharterEditor';
import { CharterText } from '@/components/charter/CharterText';
import { readCharterStatus, type CharterStatus } from '@/components/charter/charter-status';
import { DEFAULT_CHARTER } from '@/lib/charter';
import { currentCharter } from '@/lib/charter/current';
import { db } from '@/lib/db';
import type { Lang, Translate } from '@/lib/i18n';
import { formatCalendarDate } from './dates';
import { Notice } from './Notice';
import type { SectionProps } from './section-props';
import { useLiveQuery } from './use-live-query';

/** The charter in force, whether it is signed, and for the mentor a way to change it. */
export function CharterSection({ t, lang, settings }: SectionProps) {
  const status = useLiveQuery(() => readCharterStatus(db()), []);
  const charter = useLiveQuery(() => currentCharter(db(), lang), [lang]);
  const [editing, setEditing] = useState<'edit' | 'replace' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  if (!status || !charter) return <p>{t('common.loading')}</p>;
  const mentor = settings.role === 'mentor';

  const restoreDefault = async () => {
    await db().charters.add({
      lang,
      title: '',
      text: DEFAULT_CHARTER[lang],
      source: 'default',
      createdAt: Date.now(),
    });
    setNotice(t('onboarding.charterSaved'));
  };

  return (
    <>
      <p
        class={`status ${status.state === 'signed' ? 'status--ok' : 'status--warn'}`}
        data-charter-state={status.state}
      >
        {statusText(t, lang, status)}
      </p>
      <div class="actions">
        {status.state === 'signed' ? (
          <a class="button button--primary" href="#signed">
            {t('onboarding.showSigned')}
          </a>
        ) : (
          <a class="button button--primary" href="#onboarding">
            {status.state === 'resign' ? t('onboarding.signAgain') : t('onboarding.readAndSign')}
          </a>
        )}
      </div>
      <Notice message={notice} />
      {editing ? (
        <CharterEditor
          t={t}
          lang={lang}
          initial={editing === 'edit' ? charter.text : ''}
          onDone={(saved) => {
            setEditing(null);
            setNotice(saved ? t('onboarding.charterSaved') : null);
          }}
        />
      ) : (
        <>
          {mentor ? (
            <div class="actions">
              <button type="button" class="button" onClick={() => setEditing('edit')}>
                {t('onboarding.edit')}
              </button>
              <button type="button" class="button" onClick={() => setEditing('replace')}>
                {t('onboarding.replace')}
              </button>
              {charter.source === 'custom' && (
                <button type="button" class="button" onClick={restoreDefault}>
                  {t('onboarding.restoreDefault')}
                </button>
              )}
            </div>
          ) : (
            <p class="field-help">{t('onboarding.mentorOnly')}</p>
          )}
          <p class="field-help">
            {charter.source === 'custom'
              ? t('onboarding.customCharter')
              : t('onboarding.defaultCharter')}
          </p>
          <div class="charter-box" tabIndex={0}>
            <CharterText text={charter.text} headingLevel={3} />
          </div>
        </>
      )}
    </>
  );
}

function statusText(t: Translate, lang: Lang, status: CharterStatus): string {
  if (status.state === 'unsigned') return t('onboarding.statusUnsigned');
  if (status.state === 'resign') return t('onboarding.statusResign');
  return t('onboarding.statusSigned', {
    date: formatCalendarDate(status.signature.date, lang),
    mentor: status.signature.mentorName,
    mentee: status.signature.menteeName,
  });
}
