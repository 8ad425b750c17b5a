import { useState } from 'preact/hooks';
import { formatInstant } from '@/components/options/dates';
import { Notice } from '@/components/options/Notice';
import { TextField } from '@/components/options/TextField';
import { useLiveQuery } from '@/components/options/use-live-query';
import { db } from '@/lib/db';
import type { Lang, Translate } from '@/lib/i18n';
import { LIMITS } from '@/lib/db/schema';

const MAX_NOTE = LIMITS.note;

/** Reflection notes the mentee writes for their own rereading: the only text Cadre keeps. */
export function NotesPanel({ t, lang }: { t: Translate; lang: Lang }) {
  const notes = useLiveQuery(() => db().notes.orderBy('at').reverse().toArray(), []) ?? [];
  const [text, setText] = useState('');
  const [touched, setTouched] = useState(false);
  // An empty field is only an error once someone tries to add it.
  const [submitted, setSubmitted] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const error = !text.trim()
    ? t('journal.noteEmpty')
    : text.length > MAX_NOTE
      ? t('journal.noteTooLong', { n: text.length })
      : null;

  const add = async (event: Event) => {
    event.preventDefault();
    setTouched(true);
    setSubmitted(true);
    if (error) {
      document.getElementById('note-text')?.focus();
      return;
    }
    await db().notes.add({ at: Date.now(), text: text.trim() });
    setText('');
    setTouched(false);
    setSubmitted(false);
    setNotice(t('journal.noteSaved'));
  };
  const remove = async (id: number) => {
    await db().notes.delete(id);
    setNotice(t('journal.noteDeleted'));
    document.getElementById('note-text')?.focus();
  };

  return (
    <section aria-labelledby="notes-heading" class="notes">
      <h3 id="notes-heading">{t('journal.notesHeading')}</h3>
      <form noValidate onSubmit={add}>
        <TextField
          id="note-text"
          label={t('journal.noteLabel')}
          help={t('journal.notesHelp')}
          value={text}
          multiline
          rows={3}
          onInput={(value) => {
            setText(value);
            setTouched(true);
          }}
          error={(text.trim() ? touched : submitted) ? error : null}
        />
        <p class="field-help">{t('journal.noteCount', { n: text.length })}</p>
        <button type="submit" class="button button--primary">
          {t('journal.noteAdd')}
        </button>
      </form>
      <Notice message={notice} />
      {notes.length ? (
        <ul class="note-list">
          {notes.map((note) => (
            <li key={note.id}>
              <time dateTime={new Date(note.at).toISOString()}>{formatInstant(note.at, lang)}</time>
              <p>{note.text}</p>
              <button
                type="button"
                class="button"
                aria-label={t('journal.noteDelete', { date: formatInstant(note.at, lang) })}
                onClick={() => remove(note.id!)}
              >
                {t('common.remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty">{t('journal.notesEmpty')}</p>
      )}
    </section>
  );
}
