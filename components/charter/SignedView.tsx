import { useEffect, useRef } from 'preact/hooks';
import { useLiveQuery } from '@/components/options/use-live-query';
import { db } from '@/lib/db';
import type { Lang, Translate } from '@/lib/i18n';
import { readCharterStatus } from './charter-status';
import { SignedCharter } from './SignedCharter';

/** After signing, and from the Charter section: the signed charter with a print button. */
export function SignedView({ t, lang }: { t: Translate; lang: Lang }) {
  const status = useLiveQuery(() => readCharterStatus(db()), []);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [status?.state]);
  if (!status) return <p>{t('common.loading')}</p>;

  return (
    <main class="signed-view" id="main">
      <div class="no-print">
        <h1 ref={heading} tabIndex={-1}>
          {status.state === 'signed' ? t('onboarding.doneHeading') : t('onboarding.statusUnsigned')}
        </h1>
        {status.state === 'signed' ? (
          <p class="lead">{t('onboarding.doneText')}</p>
        ) : (
          <p class="lead">{status.state === 'resign' ? t('onboarding.statusResign') : ''}</p>
        )}
        <div class="actions">
          {status.state === 'signed' ? (
            <button type="button" class="button button--primary" onClick={() => window.print()}>
              {t('onboarding.print')}
            </button>
          ) : (
            <a class="button button--primary" href="#onboarding">
              {t('onboarding.readAndSign')}
            </a>
          )}
          <a class="button" href="#charter">
            {t('onboarding.toSettings')}
          </a>
        </div>
      </div>
      {status.state === 'signed' && (
        <SignedCharter t={t} lang={lang} charter={status.charter} signature={status.signature} />
      )}
    </main>
  );
}
