import { useState } from 'preact/hooks';
import type { EntityType, Finding } from '@/lib/detect';
import type { Lang, Translate } from '@/lib/i18n';
import { reasonOf, typeLabel } from './finding-labels';
import './guard.css';

export interface FindingCardProps {
  t: Translate;
  lang: Lang;
  finding: Finding;
  /** What anonymising would put instead, e.g. "[Personne 1]". */
  placeholder: string;
  /** Where the finding is on screen: the card sits just above it. */
  rect: DOMRect;
  onAnonymize(): void;
  onIgnore(): void;
  /** Names and organisations only: kept in the allow-list. */
  onAllow(): void;
  /** Identifiers: not flagged again in this chat until the page closes; nothing is stored. */
  onIgnoreInChat(): void;
  onPointerEnter?(): void;
  onPointerLeave?(): void;
}

/** The grammar-checker card over a highlight: what, why, and what to do about it. */
export function FindingCard(props: FindingCardProps) {
  const { t, lang, finding, placeholder, rect } = props;
  const top = Math.max(8, rect.top - 8);
  return (
    <div
      class="finding-card"
      role="dialog"
      aria-label={t('guard.cardLabel', { type: typeLabel(t, finding.type) })}
      style={{ left: `${Math.max(8, rect.left - 12)}px`, bottom: `${window.innerHeight - top}px` }}
      onPointerEnter={props.onPointerEnter}
      onPointerLeave={props.onPointerLeave}
    >
      <div class="finding-card-head">
        <span class="finding-card-type">{typeLabel(t, finding.type)}</span>
        <span class="finding-card-value">{finding.text}</span>
      </div>
      <p class="finding-card-why">{sentence(reasonOf(finding, lang))}</p>
      <p class="finding-card-rule">{t('guard.charterRule2')}</p>
      <div class="finding-card-actions">
        <button
          type="button"
          class="guard-button guard-button--primary"
          onClick={props.onAnonymize}
        >
          {t('guard.cardAnonymize')} <span class="finding-card-placeholder">{placeholder}</span>
        </button>
        <button type="button" class="guard-button guard-button--quiet" onClick={props.onIgnore}>
          {t('guard.cardIgnore')}
        </button>
        {canAlwaysAllow(finding.type) ? (
          <button type="button" class="guard-button guard-button--quiet" onClick={props.onAllow}>
            {t('guard.cardAllow')}
          </button>
        ) : (
          <button
            type="button"
            class="guard-button guard-button--quiet"
            onClick={props.onIgnoreInChat}
          >
            {t('guard.cardIgnoreInChat')}
          </button>
        )}
      </div>
    </div>
  );
}

/**
 * Only a name can go to the allow-list: an e-mail, a phone number or an IBAN kept there
 * would sit in the database and every backup, and never be flagged again anywhere.
 */
export function canAlwaysAllow(type: EntityType): boolean {
  return type === 'PERSON' || type === 'ORG';
}

/** "nom et prénom" → "Nom et prénom." */
function sentence(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return '';
  const capital = trimmed[0].toLocaleUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

export interface WatchOfferProps {
  t: Translate;
  word: string;
  rect: DOMRect;
  onWatch(word: string): void;
}

/** From a word selected in the composer and not flagged: add it to the watch-list. */
export function WatchOffer({ t, word, rect, onWatch }: WatchOfferProps) {
  const [added, setAdded] = useState(false);
  return (
    <div
      class="finding-card finding-card--small"
      role="dialog"
      aria-label={t('guard.cardWatch', { word })}
      style={{
        left: `${Math.max(8, rect.left - 12)}px`,
        bottom: `${window.innerHeight - rect.top + 8}px`,
      }}
    >
      <button
        type="button"
        class="guard-link"
        disabled={added}
        onClick={() => {
          onWatch(word);
          setAdded(true);
        }}
      >
        {added ? t('guard.cardAdded') : t('guard.cardWatch', { word })}
      </button>
    </div>
  );
}
