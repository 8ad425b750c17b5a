import { h } from 'preact';
import { placeholdersFor } from '@/lib/anonymize';
import { warmUpSteps, type Finding } from '@/lib/detect';
import { ask } from '@/lib/messaging';
import { mapText, rangeFor } from '@/lib/whatsapp/text-map';
import { replaceRanges } from '@/lib/whatsapp/composer';
import { FindingCard, WatchOffer } from '@/components/guard/FindingCard';
import type { CadreEnv } from '../session';
import type { Feature } from './feature';
import { guardState } from './guard-state';
import { offsetAt, rangeUnder, spanAt } from './highlight-geometry';
import { errorName } from '@/lib/messaging/log';
import { setOnHost } from './test-hooks';

export const HIGHLIGHT_NAME = 'cadre-finding';
const CARD_SLOT = 'guard-card';
// Short enough to paint within 150 ms of a pause, long enough to skip bursts of keys.
const DEBOUNCE_MS = 80;
const STYLE_ID = 'cadre-highlight-style';

// Highlights paint in the page, not in Cadre's shadow root: the rule lives in the page.
const HIGHLIGHT_CSS = `::highlight(${HIGHLIGHT_NAME}) {
  background-color: rgb(255 196 0 / 22%);
  text-decoration: underline wavy rgb(201 138 0);
  text-decoration-thickness: 1.5px;
  text-underline-offset: 3px;
}`;

interface Painted {
  text: string;
  findings: Finding[];
  ranges: (Range | null)[];
}

/**
 * Findings underlined in the composer as the user types (CSS Custom Highlight API: the
 * editor's DOM is never touched), within ~100 ms of a pause; the chip shows the count.
 * The caret in a finding, or the mouse over one, opens its card.
 */
export const highlights: Feature = {
  name: 'highlights',
  setup(env) {
    const { ctx, win, doc, session } = env;
    const guard = guardState(session);
    const supported = typeof CSS !== 'undefined' && 'highlights' in CSS;
    let element: HTMLElement | null = null;
    let painted: Painted | null = null;
    let timer: number | undefined;
    let observer: MutationObserver | null = null;
    let cardFor: Finding | null = null;
    let hoverInCard = false;

    if (supported) injectStyle(doc);

    const clear = () => {
      if (supported) CSS.highlights.delete(HIGHLIGHT_NAME);
      painted = null;
      hideCard();
      if (session.get().findingCount !== 0) session.set({ findingCount: 0 });
    };

    const schedule = () => {
      win.clearTimeout(timer);
      timer = win.setTimeout(update, DEBOUNCE_MS);
    };

    const update = () => {
      if (!element?.isConnected || guard.busy) return;
      const start = performance.now();
      try {
        paint();
      } finally {
        // Timed in the page's performance timeline (DevTools, scripts/bench-typing.ts).
        performance.measure('cadre:highlight', { start });
      }
    };

    const paint = () => {
      if (!element) return;
      const map = mapText(element);
      if (painted?.text !== map.text) {
        const findings = guard.findings(map.text);
        const ranges = findings.map((finding) => rangeFor(map, finding.start, finding.end));
        painted = { text: map.text, findings, ranges };
        if (supported) {
          const live = ranges.filter((range): range is Range => range !== null);
          if (live.length) CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(...live));
          else CSS.highlights.delete(HIGHLIGHT_NAME);
        }
        if (session.get().findingCount !== findings.length) {
          session.set({ findingCount: findings.length });
        }
        if (!map.text) guard.resetIgnored();
        // Test hook: the length of the text the last pass read, and what it found.
        setOnHost(doc, 'highlight', `${map.text.length}:${findings.length}`);
      }
      followCaret(map);
    };

    // The caret inside a finding opens its card; a selected unflagged word offers the watch-list.
    const followCaret = (map: ReturnType<typeof mapText>) => {
      if (!element || !painted || hoverInCard) return;
      const selection = doc.getSelection();
      if (!selection?.rangeCount || !element.contains(selection.anchorNode)) {
        if (!hoverInCard) hideCard();
        return;
      }
      const start = offsetAt(map, selection.anchorNode!, selection.anchorOffset);
      const end = offsetAt(map, selection.focusNode!, selection.focusOffset);
      if (start === null || end === null) return hideCard();
      const [from, to] = start <= end ? [start, end] : [end, start];
      const finding = spanAt(painted.findings, from);
      if (finding && (from === to || to <= finding.end)) return showCard(finding);
      const word = map.text.slice(from, to).trim();
      if (
        from !== to &&
        /^[\p{L}][\p{L}'’ -]{1,58}$/u.test(word) &&
        !spanAt(painted.findings, to)
      ) {
        const rect = selection.getRangeAt(0).getBoundingClientRect();
        cardFor = null;
        env.show(CARD_SLOT, h(WatchOffer, { t: env.t(), word, rect, onWatch: watchWord }));
        return;
      }
      hideCard();
    };

    const showCard = (finding: Finding) => {
      if (!painted || !element) return;
      const index = painted.findings.indexOf(finding);
      const range = painted.ranges[index];
      if (!range) return;
      if (cardFor === finding) return;
      cardFor = finding;
      const lang = session.get().lang;
      const placeholders = placeholdersFor(painted.text, painted.findings, lang);
      const placeholder = placeholders.find((p) => p.start === finding.start)?.text ?? '';
      env.show(
        CARD_SLOT,
        h(FindingCard, {
          t: env.t(),
          lang,
          finding,
          placeholder,
          rect: range.getBoundingClientRect(),
          onAnonymize: () => anonymizeOne(finding, placeholder),
          onIgnore: () => {
            guard.ignoreOnce(finding);
            backToComposer();
          },
          onIgnoreInChat: () => {
            guard.ignoreInChat(finding);
            backToComposer();
          },
          onAllow: () => {
            guard.ignoreOnce(finding);
            backToComposer();
            ask({ type: 'list.add', kind: 'allow', value: finding.text }).catch((error) =>
              console.warn('Cadre: could not add to the allow-list', errorName(error)),
            );
          },
          onPointerEnter: () => (hoverInCard = true),
          onPointerLeave: () => {
            hoverInCard = false;
            scheduleHoverHide();
          },
        }),
      );
    };

    const hideCard = () => {
      cardFor = null;
      hoverInCard = false;
      env.hide(CARD_SLOT);
    };

    // After a click in the card, typing goes on where it was.
    const backToComposer = () => {
      hideCard();
      element?.focus();
    };

    const watchWord = (word: string) => {
      ask({ type: 'list.add', kind: 'watch', value: word }).catch((error) =>
        console.warn('Cadre: could not add to the watch-list', errorName(error)),
      );
    };

    const anonymizeOne = async (finding: Finding, placeholder: string) => {
      const target = element;
      hideCard();
      if (!target || !painted || painted.text !== mapText(target).text) return;
      await replaceRanges(target, [{ start: finding.start, end: finding.end, text: placeholder }]);
      schedule();
    };

    // Hover: hit-test the mouse against the highlighted ranges' boxes, once a frame at most.
    let hoverHide: number | undefined;
    const scheduleHoverHide = () => {
      win.clearTimeout(hoverHide);
      hoverHide = win.setTimeout(() => {
        if (!hoverInCard && cardFor && !caretInFinding()) hideCard();
      }, 300);
    };
    const caretInFinding = () => {
      const selection = doc.getSelection();
      if (!element || !painted || !selection?.rangeCount) return false;
      if (!element.contains(selection.anchorNode)) return false;
      const offset = offsetAt(mapText(element), selection.anchorNode!, selection.anchorOffset);
      return offset !== null && spanAt(painted.findings, offset) === cardFor;
    };
    let lastMove: MouseEvent | null = null;
    let moveQueued = false;
    const onMouseMove = (event: MouseEvent) => {
      lastMove = event;
      if (moveQueued || !painted?.findings.length) return;
      moveQueued = true;
      win.setTimeout(() => {
        moveQueued = false;
        if (!lastMove || !element || !painted) return;
        const box = element.getBoundingClientRect();
        const { clientX: x, clientY: y } = lastMove;
        if (x < box.left || x > box.right || y < box.top || y > box.bottom) {
          if (cardFor) scheduleHoverHide();
          return;
        }
        if (painted.text !== mapText(element).text) return;
        const index = rangeUnder(painted.ranges, x, y);
        if (index >= 0) {
          win.clearTimeout(hoverHide);
          showCard(painted.findings[index]);
        } else if (cardFor) scheduleHoverHide();
      }, 16);
    };

    const attach = () => {
      const state = session.get();
      const next =
        state.protection === 'active' && state.composer?.kind === 'main'
          ? state.composer.element
          : null;
      if (next === element) return;
      observer?.disconnect();
      observer = null;
      element = next;
      clear();
      if (!element) return;
      observer = new MutationObserver(schedule);
      observer.observe(element, { childList: true, characterData: true, subtree: true });
      schedule();
    };

    ctx.addEventListener(doc, 'selectionchange', () => {
      if (element) schedule();
    });
    ctx.addEventListener(doc, 'mousemove', onMouseMove, { passive: true });
    // Escape closes the card, and nothing else.
    ctx.addEventListener(
      doc,
      'keydown',
      (event: Event) => {
        if ((event as KeyboardEvent).key === 'Escape' && cardFor) hideCard();
      },
      true,
    );
    const unsubscribe = session.subscribe(attach);
    const unlisten = guard.onChange(() => {
      painted = null;
      schedule();
    });
    ctx.onInvalidated(() => {
      unsubscribe();
      unlisten();
      observer?.disconnect();
      clear();
      doc.getElementById(STYLE_ID)?.remove();
    });
    attach();
    warmUp(env);
  },
};

function injectStyle(doc: Document) {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = HIGHLIGHT_CSS;
  (doc.head ?? doc.documentElement).append(style);
}

// The detector loads its name lists and compiles its patterns on first use: do it when
// the page is idle, one step per idle moment, not on the first keystroke.
function warmUp(env: CadreEnv) {
  const steps = warmUpSteps();
  const idle = (env.win as Window & { requestIdleCallback?: (cb: () => void) => number })
    .requestIdleCallback;
  const next = () => {
    const step = steps.shift();
    if (!step) return;
    step();
    if (idle) idle.call(env.win, next);
    else env.ctx.setTimeout(next, 50);
  };
  if (idle) idle.call(env.win, next);
  else env.ctx.setTimeout(next, 500);
}
