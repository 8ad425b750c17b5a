import './style.css';
import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Overlay } from '@/components/overlay/Overlay';
import { ask, ExtensionReloadedError } from '@/lib/messaging';
import { features } from './features';
import { runFeatures } from './features/run-features';
import { showReloadNotice } from './reload-notice';
import { createEnv, createLayers, createSession } from './session';
import { readTestFaults } from './test-faults';

export default defineContentScript({
  matches: ['https://web.whatsapp.com/*'],
  cssInjectionMode: 'ui',
  async main(ctx) {
    const session = createSession();
    const layers = createLayers();
    const env = createEnv(ctx, window, session, layers, await readTestFaults());

    const onWatch = (watched: boolean) => {
      const { chat } = session.get();
      if (!chat) return;
      ask({ type: 'chat.setWatched', title: chat, watched }).catch((error) => {
        if (error instanceof ExtensionReloadedError) session.set({ reloadNeeded: true });
      });
    };

    const ui = await createShadowRootUi(ctx, {
      name: 'cadre-overlay',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      // Keys typed in Cadre's panels must not reach WhatsApp's shortcuts.
      isolateEvents: ['keydown', 'keyup', 'keypress', 'input', 'paste', 'copy', 'cut'],
      onMount(container) {
        render(<Overlay session={session} layers={layers} onWatch={onWatch} />, container);
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });
    ui.mount();

    runFeatures(env, features);

    ctx.onInvalidated(() => showReloadNotice(document, session.get().lang));
  },
});
