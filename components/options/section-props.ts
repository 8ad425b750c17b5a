import type { Settings } from '@/lib/db';
import type { Lang, Translate } from '@/lib/i18n';

/** What every options section receives from the page. */
export interface SectionProps {
  t: Translate;
  lang: Lang;
  settings: Settings;
}
