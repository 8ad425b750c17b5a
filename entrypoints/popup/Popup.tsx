import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CharterSignedLine } from '@/components/popup/CharterSignedLine';
import { ProtectionStatus } from '@/components/popup/ProtectionStatus';
import { RuleList } from '@/components/popup/RuleList';
import { WatchedChatList } from '@/components/popup/WatchedChatList';
import { WindowState } from '@/components/window/WindowState';
import '@/components/popup/popup-extras.css';
import { db, readSettings, type Settings } from '@/lib/db';
import { currentCharter } from '@/lib/charter/current';
import { resolveLang, translator, type Lang } from '@/lib/i18n';
import { whatsAppTabProtection, type TabProtection } from '@/lib/messaging/tabs';
import type { CharterDoc } from '@/lib/db/records';

/** The popup: is Cadre protecting the WhatsApp tab, and the charter's six rules. */
export function Popup() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [charter, setCharter] = useState<CharterDoc | null>(null);
  const [protection, setProtection] = useState<TabProtection | null>(null);

  useEffect(() => {
    const database = db();
    readSettings(database).then(async (loaded) => {
      setSettings(loaded);
      setCharter(await currentCharter(database, resolveLang(loaded.language, navigator.language)));
    });
    whatsAppTabProtection().then(setProtection);
  }, []);

  const lang: Lang = resolveLang(settings?.language, navigator.language);
  const t = translator(lang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  return (
    <main class="popup">
      <header class="popup-header">
        <h1>{t('popup.title')}</h1>
        <button type="button" class="link-button" onClick={() => browser.runtime.openOptionsPage()}>
          {t('popup.openOptions')}
        </button>
      </header>
      <ProtectionStatus t={t} protection={protection} />
      <p class="popup-coverage">{t('popup.coverage')}</p>
      {settings && <WindowState t={t} lang={lang} />}
      <CharterSignedLine t={t} lang={lang} />
      <WatchedChatList t={t} />
      {charter && <RuleList t={t} lang={lang} charter={charter} />}
    </main>
  );
}
