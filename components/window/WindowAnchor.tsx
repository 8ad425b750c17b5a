import type { ComponentChildren } from 'preact';
import { useAnchorRect } from '@/components/overlay/use-anchor-rect';
import { findMainComposer } from '@/lib/whatsapp/composer';
import { composerBox } from '@/lib/whatsapp/layout';
import './window.css';

/** Height kept free for the composer chip, which sits just above the composer. */
const CHIP_SPACE = 34;

/**
 * Places the response window's button and cards just above the composer chip, right
 * aligned with it; bottom-right of the window when there is no composer.
 */
export function WindowAnchor({
  composer,
  children,
}: {
  composer: HTMLElement | null;
  children: ComponentChildren;
}) {
  // The chat may have changed since the card was drawn: WhatsApp re-renders its composer.
  const current = composer?.isConnected ? composer : findMainComposer(document);
  const rect = useAnchorRect(current ? composerBox(current) : null);
  const right = rect ? Math.max(8, window.innerWidth - rect.right + 12) : 16;
  const bottom = (rect ? window.innerHeight - rect.top + 6 : 16) + CHIP_SPACE;
  return (
    <div class="window-anchor" style={{ right: `${right}px`, bottom: `${bottom}px` }}>
      {children}
    </div>
  );
}
