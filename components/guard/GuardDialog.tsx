import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import './guard.css';

export interface GuardDialogProps {
  /** Unique id prefix, for aria-labelledby and aria-describedby. */
  id: string;
  title: string;
  /** 'calm' for distress and urgency: no warning colours. */
  tone?: 'check' | 'calm';
  /** role="alertdialog" holds a send; role="dialog" for gentler questions. */
  role?: 'alertdialog' | 'dialog';
  /** Where the dialog sits: above the composer it speaks about. */
  anchor: DOMRect | null;
  /** Escape: the safe way out (back to the message). */
  onEscape(): void;
  children: ComponentChildren;
}

/**
 * The shell of every guard panel: a labelled dialog above the composer that takes focus
 * (on the element marked data-autofocus, the safe choice), keeps Tab inside, answers
 * Escape with the safe choice, and ignores a held-down Enter so a key repeat from the
 * composer can never press a button by accident.
 */
export function GuardDialog({
  id,
  title,
  tone = 'check',
  role = 'alertdialog',
  anchor,
  onEscape,
  children,
}: GuardDialogProps) {
  const ref = useRef<HTMLDivElement>(null);

  // Layout effect: focus moves before the next key press can reach the composer.
  useLayoutEffect(() => {
    const root = ref.current;
    if (!root) return;
    const target = root.querySelector<HTMLElement>('[data-autofocus]') ?? root;
    target.focus();
    // The editor may take the focus back as it settles its selection just after the
    // held key; for a short while, give it back to the safe button unless the user
    // clicked somewhere on purpose.
    const doc = root.ownerDocument;
    let clicked = false;
    const onPointer = () => (clicked = true);
    const onFocusIn = () => {
      if (!clicked && !root.contains((root.getRootNode() as ShadowRoot).activeElement)) {
        target.focus();
      }
    };
    doc.addEventListener('pointerdown', onPointer, true);
    doc.addEventListener('focusin', onFocusIn, true);
    const timer = setTimeout(() => doc.removeEventListener('focusin', onFocusIn, true), 600);
    return () => {
      clearTimeout(timer);
      doc.removeEventListener('pointerdown', onPointer, true);
      doc.removeEventListener('focusin', onFocusIn, true);
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onEscape();
    } else if (event.key === 'Enter' && event.repeat) {
      event.preventDefault();
    } else if (event.key === 'Tab') {
      trapTab(event, ref.current);
    }
  };

  return (
    <div
      ref={ref}
      class={`guard-dialog guard-dialog--${tone}`}
      role={role}
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      tabIndex={-1}
      style={placement(anchor)}
      onKeyDown={onKeyDown}
    >
      <h2 class="guard-title" id={`${id}-title`}>
        {title}
      </h2>
      {children}
    </div>
  );
}

/** Centred over the composer, just above it; bottom of the window without one. */
export function placement(anchor: DOMRect | null): Record<string, string> {
  const win = typeof window === 'undefined' ? null : window;
  const viewportWidth = win?.innerWidth ?? 1280;
  const viewportHeight = win?.innerHeight ?? 800;
  const width = Math.min(560, (anchor?.width ?? viewportWidth) - 32);
  const centre = anchor ? anchor.left + anchor.width / 2 : viewportWidth / 2;
  const left = Math.max(8, Math.min(viewportWidth - width - 8, centre - width / 2));
  // Never pushed off the top of the window, whatever the anchor.
  const bottom = Math.min(anchor ? viewportHeight - anchor.top + 52 : 24, viewportHeight / 2);
  return { left: `${left}px`, bottom: `${bottom}px`, width: `${Math.max(280, width)}px` };
}

function trapTab(event: KeyboardEvent, root: HTMLElement | null) {
  if (!root) return;
  const focusable = [
    ...root.querySelectorAll<HTMLElement>(
      'button:not([disabled]), textarea, a[href], [tabindex="0"]',
    ),
  ];
  if (!focusable.length) return;
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  const active = (root.getRootNode() as Document | ShadowRoot).activeElement;
  if (event.shiftKey && (active === first || active === root)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}
