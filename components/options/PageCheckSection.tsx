import { useState } from 'preact/hooks';
import { ask, type PageInspection } from '@/lib/messaging';
import type { MessageKey } from '@/lib/i18n';
import { CAPABILITIES, type CapabilityName, type Health } from '@/lib/whatsapp/capabilities';
import { downloadText } from './download';
import { Notice } from './Notice';
import type { SectionProps } from './section-props';

const PART: Record<CapabilityName, MessageKey> = {
  composer: 'pageCheck.partComposer',
  sendControl: 'pageCheck.partSendControl',
  attachments: 'pageCheck.partAttachments',
  messages: 'pageCheck.partMessages',
  sentMessages: 'pageCheck.partSentMessages',
  chatTitle: 'pageCheck.partChatTitle',
};
const STATE: Record<Health, MessageKey> = {
  ok: 'pageCheck.stateOk',
  missing: 'pageCheck.stateMissing',
  unknown: 'pageCheck.stateUnknown',
};

/**
 * Opt-in: asks the open WhatsApp tab (through the background) which alternative of each
 * selector matched, and can save the page's markup skeleton as a file. Nothing is asked
 * until the person clicks, and nothing else leaves the tab.
 */
export function PageCheckSection({ t }: SectionProps) {
  const [inspection, setInspection] = useState<PageInspection | null | 'checking'>(null);
  const [missingTab, setMissingTab] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const inspect = async (skeleton: boolean) => {
    setInspection('checking');
    setNotice(null);
    const answer = await ask({ type: 'page.inspect', skeleton }).catch(() => null);
    setMissingTab(!answer);
    setInspection(answer);
    if (answer?.skeleton) {
      const name = `whatsapp-skeleton-${new Date().toISOString().slice(0, 10)}.txt`;
      downloadText(name, answer.skeleton, 'text/plain');
      setNotice(t('pageCheck.exported', { name }));
    }
  };

  const checking = inspection === 'checking';
  const result = inspection && inspection !== 'checking' ? inspection : null;
  return (
    <>
      <p>{t('pageCheck.intro')}</p>
      <p>
        <button type="button" class="button" disabled={checking} onClick={() => inspect(false)}>
          {checking ? t('pageCheck.checking') : t('pageCheck.check')}
        </button>
      </p>
      {missingTab && (
        <p class="notice" role="alert">
          {t('pageCheck.noTab')}
        </p>
      )}
      {result && (
        <>
          <table class="page-check">
            <caption>{t('pageCheck.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('pageCheck.columnPart')}</th>
                <th scope="col">{t('pageCheck.columnState')}</th>
                <th scope="col">{t('pageCheck.columnMatched')}</th>
              </tr>
            </thead>
            <tbody>
              {CAPABILITIES.map((name) => (
                <tr
                  key={name}
                  data-capability={name}
                  data-health={result.capabilities[name].health}
                >
                  <th scope="row">{t(PART[name])}</th>
                  <td>{t(STATE[result.capabilities[name].health])}</td>
                  <td>
                    <code>{result.capabilities[name].matched ?? '—'}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {CAPABILITIES.some((name) => result.capabilities[name].health === 'unknown') && (
            <p class="hint">{t('pageCheck.unknownHint')}</p>
          )}
          <p>{t('pageCheck.exportIntro')}</p>
          <p>
            <button type="button" class="button" disabled={checking} onClick={() => inspect(true)}>
              {t('pageCheck.export')}
            </button>
          </p>
        </>
      )}
      <Notice message={notice} />
    </>
  );
}
