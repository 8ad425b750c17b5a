import type { EntityType, Finding } from '@/lib/detect';
import type { Lang, MessageKey, Translate } from '@/lib/i18n';

/** "Nom de personne", "Adresse e-mail"… */
export function typeLabel(t: Translate, type: EntityType): string {
  return t(`guard.type${type}` as MessageKey);
}

/** Why the finding matters, in the detector's words for this language. */
export function reasonOf(finding: Pick<Finding, 'reason' | 'reasonEn'>, lang: Lang): string {
  return lang === 'en' ? finding.reasonEn : finding.reason;
}
