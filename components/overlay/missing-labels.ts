import type { Translate } from '@/lib/i18n';
import type { CapabilityName } from '@/lib/whatsapp/capabilities';

/** Short names of missing protections, for the chip: "bouton Envoyer non reconnu". */
export function missingLabels(t: Translate, missing: readonly CapabilityName[]): string[] {
  const labels: Record<CapabilityName, string> = {
    composer: t('chip.missingComposer'),
    sendControl: t('chip.missingSendControl'),
    attachments: t('chip.missingAttachments'),
    messages: t('chip.missingMessages'),
    sentMessages: t('chip.missingSentMessages'),
    chatTitle: t('chip.missingChatTitle'),
  };
  return missing.map((name) => labels[name]);
}
