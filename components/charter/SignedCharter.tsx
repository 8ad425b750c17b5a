import { formatCalendarDate } from '@/components/options/dates';
import type { CharterDoc, Signature } from '@/lib/db/records';
import type { Lang, Translate } from '@/lib/i18n';
import { CharterText } from './CharterText';

/** The signed charter as a document to print or save as PDF: text, then both signatures. */
export function SignedCharter({
  t,
  lang,
  charter,
  signature,
}: {
  t: Translate;
  lang: Lang;
  charter: CharterDoc;
  signature: Signature;
}) {
  const date = formatCalendarDate(signature.date, lang);
  const party = (role: string, name: string, typed: string) => (
    <div class="signatory">
      <h4>{role}</h4>
      <p>{t('onboarding.nameLine', { name })}</p>
      <p>{t('onboarding.dateLine', { date })}</p>
      <p>
        {t('onboarding.signatureLine')} <span class="typed-signature">{typed}</span>
      </p>
    </div>
  );
  return (
    <div class="signed-charter print-area" lang={charter.lang}>
      <CharterText text={charter.text} headingLevel={2} />
      <section class="signatures" aria-labelledby="signatures-heading">
        <h3 id="signatures-heading">{t('onboarding.signedBlock')}</h3>
        <div class="signatories">
          {party(t('onboarding.mentorRole'), signature.mentorName, signature.mentorSignature)}
          {party(t('onboarding.menteeRole'), signature.menteeName, signature.menteeSignature)}
        </div>
        {signature.drawing && (
          <img
            class="drawn-signature"
            src={signature.drawing}
            alt={t('onboarding.drawnSignature')}
          />
        )}
        <p class="charter-version">
          {t('onboarding.versionLine', { version: signature.charterVersion })}
        </p>
      </section>
    </div>
  );
}
