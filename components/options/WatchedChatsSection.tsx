import { useState } from 'preact/hooks';
import { db, foldKey, readWatchedChats } from '@/lib/db';
import { LIMITS } from '@/lib/db/schema';
import { ask } from '@/lib/messaging';
import type { Translate } from '@/lib/i18n';
import { Notice } from './Notice';
import type { SectionProps } from './section-props';
import { TextField } from './TextField';
import { useLiveQuery } from './use-live-query';

const MAX_TITLE = LIMITS.chatTitle;

/** The mentoring chats Cadre watches: add one by name, stop watching any. */
export function WatchedChatsSection({ t }: SectionProps) {
  const chats = useLiveQuery(() => readWatchedChats(db()), []) ?? [];
  const [title, setTitle] = useState('');
  const [touched, setTouched] = useState(false);
  // An empty field is only an error once someone tries to add it.
  const [submitted, setSubmitted] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const error = titleError(t, title, chats);

  const add = async (event: Event) => {
    event.preventDefault();
    setTouched(true);
    setSubmitted(true);
    if (error) {
      document.getElementById('chat-title')?.focus();
      return;
    }
    const clean = title.trim();
    await ask({ type: 'chat.setWatched', title: clean, watched: true });
    setTitle('');
    setTouched(false);
    setSubmitted(false);
    setNotice(t('options.chatAdded', { title: clean }));
  };
  const stop = async (chat: string) => {
    await ask({ type: 'chat.setWatched', title: chat, watched: false });
    setNotice(t('options.chatRemoved', { title: chat }));
    document.getElementById('chat-title')?.focus();
  };

  return (
    <>
      <p>{t('options.chatsIntro')}</p>
      {chats.length ? (
        <ul class="item-list" data-testid="watched-chats">
          {chats.map((chat) => (
            <li key={chat}>
              <span>{chat}</span>
              <button
                type="button"
                class="button"
                aria-label={t('options.chatStop', { title: chat })}
                onClick={() => stop(chat)}
              >
                {t('options.chatStopShort')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty">{t('options.chatsEmpty')}</p>
      )}
      <form class="inline-form" noValidate onSubmit={add}>
        <TextField
          id="chat-title"
          label={t('options.chatAddLabel')}
          value={title}
          onInput={(value) => {
            setTitle(value);
            setTouched(true);
          }}
          error={(title.trim() ? touched : submitted) ? error : null}
        />
        <button type="submit" class="button button--primary">
          {t('options.chatAdd')}
        </button>
      </form>
      <Notice message={notice} />
    </>
  );
}

function titleError(t: Translate, title: string, chats: string[]): string | null {
  const clean = title.trim();
  if (!clean) return t('options.chatEmpty');
  if (clean.length > MAX_TITLE) return t('options.chatTooLong', { n: clean.length });
  if (chats.some((chat) => foldKey(chat) === foldKey(clean))) return t('options.chatDuplicate');
  return null;
}
