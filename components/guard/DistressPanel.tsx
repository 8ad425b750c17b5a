import type { DistressCategory } from '@/lib/detect';
import { helpLinesFor } from '@/lib/help/choose';
import type { HelpCountry } from '@/lib/help/resources';
import type { Lang, Translate } from '@/lib/i18n';
import { GuardDialog } from './GuardDialog';
import { SendOrGoBack } from './SendOrGoBack';

export interface DistressPanelProps {
  t: Translate;
  lang: Lang;
  anchor: DOMRect | null;
  /** Whose numbers to show (the setting, or the browser's region). */
  country: HelpCountry;
  /** What the message seems to be about, strongest first: the help that fits comes first. */
  categories: readonly DistressCategory[];
  /** Something is happening now: emergency services first. */
  crisisNow: boolean;
  onSend(): void;
  onBack(): void;
}

/**
 * Warm words and real help, before a message that sounds like distress. The person stays
 * in control: the message can still go; the panel only says plainly that the mentor is
 * not an emergency service and who can answer now.
 */
export function DistressPanel(props: DistressPanelProps) {
  const { t, lang, anchor, country, categories, crisisNow, onSend, onBack } = props;
  const lines = helpLinesFor(country, categories, crisisNow);
  const urgent = crisisNow ? lines.find((l) => !l.sms) : undefined;
  return (
    <GuardDialog
      id="cadre-distress"
      title={t('guard.distressTitle')}
      tone="calm"
      role="dialog"
      anchor={anchor}
      onEscape={onBack}
    >
      {urgent && (
        <p class="guard-text guard-text--now" data-help-now={urgent.number}>
          <strong>{t('guard.distressNow', { number: urgent.number })}</strong>
        </p>
      )}
      <p class="guard-text" id="cadre-distress-body">
        {t('guard.distressBody')}
      </p>
      <ul class="guard-resources" data-help-country={country}>
        {lines.map((line) => (
          <li key={`${line.kind}-${line.number}`} data-help-kind={line.kind}>
            <a href={`${line.sms ? 'sms' : 'tel'}:${line.dial}`}>
              {line.sms ? t('guard.distressSms', { number: line.number }) : line.number}
            </a>{' '}
            — {line[lang]}
          </li>
        ))}
      </ul>
      <p class="guard-note">
        {t('guard.distressCountry', { country: t(`guard.country${country}`) })}
      </p>
      <SendOrGoBack t={t} sendLabel={t('guard.distressSend')} onSend={onSend} onBack={onBack} />
    </GuardDialog>
  );
}
