import type { ComponentChildren } from 'preact';
import './window.css';

export interface WindowCardProps {
  title?: string;
  tone?: 'calm' | 'refused';
  /** Lets tests and assistive technology tell the cards apart. */
  kind: string;
  children: ComponentChildren;
}

/**
 * A small card above the composer. A polite live region, never a dialog: it does not
 * take focus from the composer, and nothing waits on it. Not role="status": that role
 * is the chip's (a stable hook).
 */
export function WindowCard({ title, tone = 'calm', kind, children }: WindowCardProps) {
  return (
    <section
      class={`window-card${tone === 'refused' ? ' window-card--refused' : ''}`}
      aria-live="polite"
      aria-label={title}
      data-window-card={kind}
    >
      {title && <p class="window-card-title">{title}</p>}
      {children}
    </section>
  );
}
