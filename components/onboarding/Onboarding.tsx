import { useEffect, useRef, useState } from 'preact/hooks';
import { CharterText } from '@/components/charter/CharterText';
import { SignatureForm } from '@/components/charter/SignatureForm';
import { signCharter, type SignatureInput } from '@/components/charter/sign-charter';
import { useLiveQuery } from '@/components/options/use-live-query';
import { currentCharter } from '@/lib/charter/current';
import { db, type Settings } from '@/lib/db';
import type { Role } from '@/lib/db/records';
import type { Lang, Translate } from '@/lib/i18n';
import { RoleChoice } from './RoleChoice';

type Step = 1 | 2 | 3;

/** First visit: the role, the charter read, then signed by both. Ends on the signed charter. */
export function Onboarding({
  t,
  lang,
  settings,
}: {
  t: Translate;
  lang: Lang;
  settings: Settings;
}) {
  const [step, setStep] = useState<Step>(1);
  const [role, setRole] = useState<Role | null>(settings.role);
  const [roleError, setRoleError] = useState(false);
  const charter = useLiveQuery(() => currentCharter(db(), lang), [lang]);
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);

  // Each step announces itself: focus moves to its heading (not on the first render).
  useEffect(() => {
    if (first.current) first.current = false;
    else heading.current?.focus();
  }, [step]);

  const titles = {
    1: t('onboarding.stepRole'),
    2: t('onboarding.stepRead'),
    3: t('onboarding.stepSign'),
  };
  const sign = async (input: SignatureInput) => {
    await signCharter(db(), charter!, input, role!);
    location.hash = '#signed';
  };

  return (
    <main class="onboarding" id="main">
      <h1>{t('onboarding.welcome')}</h1>
      {step === 1 && <p class="lead">{t('onboarding.intro')}</p>}
      {step === 1 && <p class="coverage">{t('onboarding.coverage')}</p>}
      <p class="step-count">{t('onboarding.stepOf', { n: step })}</p>
      <h2 ref={heading} tabIndex={-1} class="step-title">
        {titles[step]}
      </h2>
      {step === 1 && (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (!role) setRoleError(true);
            else setStep(2);
          }}
        >
          <RoleChoice
            t={t}
            name="onboarding-role"
            value={role}
            onChange={(next) => {
              setRole(next);
              setRoleError(false);
            }}
            error={roleError ? t('onboarding.roleRequired') : null}
          />
          <div class="actions">
            <button type="submit" class="button button--primary">
              {t('onboarding.next')}
            </button>
          </div>
        </form>
      )}
      {step === 1 && (
        <p class="field-help">
          {t('onboarding.restoreHint')} <a href="#data">{t('onboarding.restoreLink')}</a>
        </p>
      )}
      {step === 2 && charter && (
        <>
          <div class="charter-box" tabIndex={0}>
            <CharterText text={charter.text} headingLevel={3} />
          </div>
          <div class="actions">
            <button type="button" class="button" onClick={() => setStep(1)}>
              {t('onboarding.back')}
            </button>
            <button type="button" class="button button--primary" onClick={() => setStep(3)}>
              {t('onboarding.next')}
            </button>
          </div>
        </>
      )}
      {step === 3 && (
        <>
          <SignatureForm t={t} onSign={sign} />
          <div class="actions">
            <button type="button" class="button" onClick={() => setStep(2)}>
              {t('onboarding.back')}
            </button>
          </div>
        </>
      )}
    </main>
  );
}
