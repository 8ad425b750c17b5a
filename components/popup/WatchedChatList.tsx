import { useLiveQuery } from '@/components/options/use-live-query';
import { db, readWatchedChats } from '@/lib/db';
import { ask } from '@/lib/messaging';
import type { Translate } from '@/lib/i18n';

/** The watched mentoring chats, each with a button to stop watching it. */
export function WatchedChatList({ t }: { t: Translate }) {
  const chats = useLiveQuery(() => readWatchedChats(db()), []);
  if (!chats) return null;
  return (
    <section aria-labelledby="watched-heading" class="popup-watched">
      <h2 id="watched-heading">{t('data.watchedHeading')}</h2>
      {chats.length ? (
        <ul class="watched-list">
          {chats.map((chat) => (
            <li key={chat}>
              <span class="watched-title">{chat}</span>
              <button
                type="button"
                class="button button--small"
                aria-label={t('data.stopWatching', { title: chat })}
                onClick={() => void ask({ type: 'chat.setWatched', title: chat, watched: false })}
              >
                {t('data.stopWatchingShort')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="popup-empty">{t('data.watchedEmpty')}</p>
      )}
    </section>
  );
}
