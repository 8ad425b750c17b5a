import { catalog } from './catalog';
import type { Message, Plural } from './define';

export type Lang = 'fr' | 'en';
export type LanguageSetting = Lang | 'auto';

type Catalog = typeof catalog;
type Area = keyof Catalog;
export type MessageKey = {
  [A in Area]: `${A}.${Extract<keyof Catalog[A]['fr'], string>}`;
}[Area];
export type Vars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

/** French unless the setting or the browser says English: French speakers come first. */
export function resolveLang(setting: LanguageSetting | undefined, browserLanguage?: string): Lang {
  if (setting === 'fr' || setting === 'en') return setting;
  return browserLanguage?.toLowerCase().startsWith('en') ? 'en' : 'fr';
}

function fill(text: string, vars: Vars | undefined): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

function pick(message: Message, lang: Lang, vars: Vars | undefined): string {
  if (typeof message === 'string') return message;
  const n = Number(vars?.n ?? 0);
  const form = new Intl.PluralRules(lang).select(n) === 'one' ? 'one' : 'other';
  return (message as Plural)[form];
}

export function translator(lang: Lang): Translate {
  return (key, vars) => {
    const dot = key.indexOf('.');
    const area = catalog[key.slice(0, dot) as Area];
    const name = key.slice(dot + 1);
    const message = (area[lang] as Record<string, Message>)[name];
    return fill(pick(message, lang, vars), vars);
  };
}
