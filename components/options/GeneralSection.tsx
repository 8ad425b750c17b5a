import { useState } from 'preact/hooks';
import { RoleChoice } from '@/components/onboarding/RoleChoice';
import type { Settings } from '@/lib/db';
import { ask } from '@/lib/messaging';
import type { HelpCountrySetting } from '@/lib/help/choose';
import { HELP_COUNTRIES } from '@/lib/help/resources';
import type { LanguageSetting } from '@/lib/i18n';
import { Notice } from './Notice';
import type { SectionProps } from './section-props';

/** Language, role and the two optional helps; each change is saved at once. */
export function GeneralSection({ t, settings: saved }: SectionProps) {
  const [notice, setNotice] = useState<string | null>(null);
  // What the person just chose shows at once; the saved settings arrive after the
  // background's round trip (and may lag under load).
  const [chosen, setChosen] = useState<Partial<Settings>>({});
  const settings = { ...saved, ...chosen };
  // Through the background: it pushes the change to open WhatsApp tabs.
  const save = async (patch: Partial<Settings>) => {
    setChosen((before) => ({ ...before, ...patch }));
    await ask({ type: 'settings.save', patch });
    setNotice(t('options.saved'));
  };
  const check = (key: 'vagueNudge' | 'attachmentCheck' | 'sharesFromAnyone', label: string) => (
    <div class="field field--check">
      <input
        id={`setting-${key}`}
        type="checkbox"
        checked={settings[key]}
        onChange={(event) => save({ [key]: (event.currentTarget as HTMLInputElement).checked })}
      />
      <label for={`setting-${key}`}>{label}</label>
    </div>
  );
  return (
    <>
      <div class="field">
        <label for="setting-language">{t('options.languageLabel')}</label>
        <select
          id="setting-language"
          value={settings.language}
          onChange={(event) =>
            save({ language: (event.currentTarget as HTMLSelectElement).value as LanguageSetting })
          }
        >
          <option value="auto">{t('options.languageAuto')}</option>
          <option value="fr" lang="fr">
            {t('options.languageFr')}
          </option>
          <option value="en" lang="en">
            {t('options.languageEn')}
          </option>
        </select>
      </div>
      <RoleChoice
        t={t}
        name="setting-role"
        value={settings.role}
        onChange={(role) => save({ role })}
      />
      {check('vagueNudge', t('options.vagueNudge'))}
      {check('attachmentCheck', t('options.attachmentCheck'))}
      {check('sharesFromAnyone', t('options.sharesFromAnyone'))}
      <div class="field">
        <label for="setting-help-country">{t('options.helpCountryLabel')}</label>
        <select
          id="setting-help-country"
          aria-describedby="setting-help-country-help"
          value={settings.helpCountry}
          onChange={(event) =>
            save({
              helpCountry: (event.currentTarget as HTMLSelectElement).value as HelpCountrySetting,
            })
          }
        >
          <option value="auto">{t('options.helpCountryAuto')}</option>
          {HELP_COUNTRIES.map((country) => (
            <option key={country} value={country}>
              {t(`guard.country${country}`)}
            </option>
          ))}
        </select>
        <p class="field-help" id="setting-help-country-help">
          {t('options.helpCountryHelp')}
        </p>
      </div>
      <Notice message={notice} />
    </>
  );
}
