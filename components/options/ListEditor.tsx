import { useState } from 'preact/hooks';
import { db, foldKey, MAX_LIST_VALUE, readList } from '@/lib/db';
import { looksLikeIdentifier } from '@/lib/db/schema';
import { ask } from '@/lib/messaging';
import type { ListEntry, ListKind } from '@/lib/db/records';
import type { Translate } from '@/lib/i18n';
import { ListImport } from './ListImport';
import { Notice } from './Notice';
import { TextField } from './TextField';
import { useLiveQuery } from './use-live-query';

/** One list (watch or allow): its names, a field to add one, removal, and bulk import. */
export function ListEditor({ t, kind }: { t: Translate; kind: ListKind }) {
  const entries = useLiveQuery(() => readList(db(), kind), [kind]) ?? [];
  const [value, setValue] = useState('');
  const [touched, setTouched] = useState(false);
  // An empty field is only an error once someone tries to add it.
  const [submitted, setSubmitted] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const fieldId = `list-${kind}-add`;
  const error = valueError(t, kind, value, entries);

  const add = async (event: Event) => {
    event.preventDefault();
    setTouched(true);
    setSubmitted(true);
    if (error) {
      document.getElementById(fieldId)?.focus();
      return;
    }
    const result = await ask({ type: 'list.add', kind, value });
    if (result.ok) {
      setNotice(t('options.listAdded', { name: value.trim() }));
      setValue('');
      setTouched(false);
      setSubmitted(false);
    }
  };
  const remove = async (entry: ListEntry) => {
    await ask({ type: 'list.remove', kind, value: entry.value });
    setNotice(t('options.listRemoved', { name: entry.value }));
    document.getElementById(fieldId)?.focus();
  };

  const heading = kind === 'watch' ? t('options.watchHeading') : t('options.allowHeading');
  return (
    <section class="list-editor" aria-labelledby={`list-${kind}-heading`} data-list={kind}>
      <h3 id={`list-${kind}-heading`}>{heading}</h3>
      <p class="field-help">{kind === 'watch' ? t('options.watchHelp') : t('options.allowHelp')}</p>
      {entries.length ? (
        <ul class="item-list">
          {entries.map((entry) => (
            <li key={entry.key}>
              <span>{entry.value}</span>
              <button
                type="button"
                class="button"
                aria-label={t('options.listRemove', { name: entry.value })}
                onClick={() => remove(entry)}
              >
                {t('common.remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty">{t('options.listEmpty')}</p>
      )}
      <form class="inline-form" noValidate onSubmit={add}>
        <TextField
          id={fieldId}
          label={t('options.listAddLabel')}
          value={value}
          onInput={(next) => {
            setValue(next);
            setTouched(true);
          }}
          error={(value.trim() ? touched : submitted) ? error : null}
        />
        <button type="submit" class="button button--primary">
          {t('common.add')}
        </button>
      </form>
      <Notice message={notice} />
      <ListImport t={t} kind={kind} existingKeys={entries.map((entry) => entry.key)} />
    </section>
  );
}

function valueError(
  t: Translate,
  kind: ListKind,
  raw: string,
  entries: ListEntry[],
): string | null {
  const value = raw.replace(/\s+/g, ' ').trim();
  if (!value) return t('options.listEmptyValue');
  if (value.length > MAX_LIST_VALUE) return t('options.listTooLong', { n: value.length });
  if (kind === 'allow' && looksLikeIdentifier(value)) return t('options.listIdentifier');
  const key = foldKey(value);
  const existing = entries.find((entry) => entry.key === key);
  if (existing) return t('options.listDuplicate', { name: existing.value });
  return null;
}
