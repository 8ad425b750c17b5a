import { DEFAULT_CHARTER, DEFAULT_SHORT_RULES, firstSentence, parseCharter } from '@/lib/charter';
import type { CharterDoc } from '@/lib/db/records';
import type { Lang, Translate } from '@/lib/i18n';

/**
 * The charter's rules in short form, each opening its full text. The default charter has
 * hand-written short forms; a charter a mentor wrote is summed up by first sentences.
 */
export function RuleList({ t, lang, charter }: { t: Translate; lang: Lang; charter: CharterDoc }) {
  // The customer's charter is shown in the reader's language; a mentor's own text as written.
  const isDefault = charter.source === 'default';
  const parsed = parseCharter(isDefault ? DEFAULT_CHARTER[lang] : charter.text);
  const short = isDefault ? DEFAULT_SHORT_RULES[lang] : null;
  return (
    <section aria-labelledby="rules-heading">
      <h2 id="rules-heading">{t('popup.rulesHeading')}</h2>
      <ol class="rules">
        {parsed.rules.map((rule, index) => (
          <li key={rule.number} data-rule={rule.number}>
            <details>
              <summary>
                <span class="rule-title">{rule.title}</span>
                <span class="rule-short">{short?.[index] ?? firstSentence(rule.body)}</span>
              </summary>
              <div class="rule-body">
                {rule.body.split('\n\n').map((paragraph) => (
                  <p>{paragraph}</p>
                ))}
              </div>
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}
