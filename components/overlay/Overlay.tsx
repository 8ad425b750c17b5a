import { Chip } from './Chip';
import { useAnchorRect } from './use-anchor-rect';
import { useStore } from '../use-store';
import { translator } from '@/lib/i18n';
import type { Store } from '@/lib/store';
import { missingCapabilities } from '@/lib/whatsapp/capabilities';
import { composerBox } from '@/lib/whatsapp/layout';
import type { Layers, SessionState } from '@/entrypoints/whatsapp.content/session';

export interface OverlayProps {
  session: Store<SessionState>;
  layers: Store<Layers>;
  onWatch(watched: boolean): void;
}

/** Everything Cadre draws over WhatsApp: the chip beside the composer, then any panel. */
export function Overlay({ session, layers, onWatch }: OverlayProps) {
  const state = useStore(session);
  const { slots } = useStore(layers);
  const t = translator(state.lang);
  const rect = useAnchorRect(state.composer ? composerBox(state.composer.element) : null);
  const { ['chip-detail']: chipDetail, ...panels } = slots;

  // Just above the composer's right end; bottom-right of the window without a composer.
  const position = rect
    ? {
        right: Math.max(8, window.innerWidth - rect.right + 12),
        bottom: window.innerHeight - rect.top + 6,
      }
    : { right: 16, bottom: 16 };

  return (
    <div class="cadre-root" lang={state.lang}>
      <div
        class="chip-anchor"
        style={{ right: `${position.right}px`, bottom: `${position.bottom}px` }}
      >
        <Chip
          t={t}
          protection={state.protection}
          missing={missingCapabilities(state.capabilities)}
          chat={state.chat}
          findingCount={state.findingCount}
          reloadNeeded={state.reloadNeeded}
          detail={chipDetail}
          onWatch={onWatch}
        />
      </div>
      {Object.entries(panels).map(([slot, node]) => (
        <div key={slot} data-slot={slot}>
          {node}
        </div>
      ))}
    </div>
  );
}
