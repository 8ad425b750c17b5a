import { useEffect, useRef } from 'preact/hooks';
import { Onboarding } from '@/components/onboarding/Onboarding';
import { SignedView } from '@/components/charter/SignedView';
import { db, readSettings } from '@/lib/db';
import { resolveLang, translator } from '@/lib/i18n';
import { SECTIONS } from './sections';
import { useHash } from './use-hash';
import { useLiveQuery } from './use-live-query';
import { requestPersistence } from './persistence';

/**
 * The options page. #onboarding and #signed are full-page views; any other hash names a
 * section. With no hash, a person who has not signed yet starts at onboarding.
 */
export function OptionsPage() {
  const settings = useLiveQuery(() => readSettings(db()), []);
  const hash = useHash();
  const lang = resolveLang(settings?.language, navigator.language);
  const t = translator(lang);

  // Ask the browser to keep Cadre's database (the Data section says whether it agreed).
  useEffect(() => void requestPersistence(), []);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('options.pageTitle');
  }, [lang]);

  if (!settings) return <p class="page-loading">{t('common.loading')}</p>;
  if (hash === 'onboarding' || (!hash && !settings.onboarded)) {
    return <Onboarding t={t} lang={lang} settings={settings} />;
  }
  if (hash === 'signed') return <SignedView t={t} lang={lang} />;

  const section = SECTIONS.find((candidate) => candidate.id === hash) ?? SECTIONS[0];
  return (
    <div class="options">
      <header class="options-header">
        <h1>{t('options.pageTitle')}</h1>
      </header>
      <nav class="options-nav" aria-label={t('options.nav')}>
        <ul>
          {SECTIONS.map((candidate) => (
            <li key={candidate.id}>
              <a
                href={`#${candidate.id}`}
                aria-current={candidate === section ? 'page' : undefined}
              >
                {t(candidate.titleKey)}
              </a>
            </li>
          ))}
        </ul>
        <p class="options-privacy">
          {/* PRIVACY.md, copied into the build by wxt.config.ts: read locally, not online. */}
          <a href="/privacy.txt" target="_blank" rel="noopener">
            {t('options.privacyLink')}
          </a>
        </p>
      </nav>
      <SectionView
        key={section.id}
        id={section.id}
        title={t(section.titleKey)}
        moveFocus={hash !== ''}
      >
        <section.component t={t} lang={lang} settings={settings} />
      </SectionView>
    </div>
  );
}

/** One section; opening it from the menu moves focus to its heading. */
function SectionView({
  id,
  title,
  moveFocus,
  children,
}: {
  id: string;
  title: string;
  moveFocus: boolean;
  children: preact.ComponentChildren;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (moveFocus) heading.current?.focus();
  }, []);
  return (
    <main class="options-main" id="main" aria-labelledby={`${id}-title`} data-section={id}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </main>
  );
}
