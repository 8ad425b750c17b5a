import { useEffect, useRef } from 'preact/hooks';

interface ConfirmDialogProps {
  /** Prefix of the dialog's element ids: two dialogs on a page need two. */
  id: string;
  open: boolean;
  title: string;
  text: string;
  confirmLabel: string;
  cancelLabel: string;
  /** A destructive action: the confirm button looks like a warning. */
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A modal question. The native <dialog> keeps focus inside and closes on Escape; focus
 * starts on Cancel (the safe choice) and goes back to what opened it.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (props.open && !element.open) {
      opener.current = document.activeElement as HTMLElement | null;
      element.showModal();
      cancel.current?.focus();
    } else if (!props.open && element.open) {
      element.close();
    }
    if (!props.open) opener.current?.focus();
  }, [props.open]);

  return (
    <dialog
      ref={dialog}
      class="dialog"
      aria-labelledby={`${props.id}-title`}
      aria-describedby={`${props.id}-text`}
      onCancel={(event) => {
        event.preventDefault();
        props.onCancel();
      }}
    >
      <h2 id={`${props.id}-title`}>{props.title}</h2>
      <p id={`${props.id}-text`}>{props.text}</p>
      <div class="actions">
        <button ref={cancel} type="button" class="button" onClick={props.onCancel}>
          {props.cancelLabel}
        </button>
        <button
          type="button"
          class={`button ${props.danger ? 'button--danger' : 'button--primary'}`}
          onClick={props.onConfirm}
        >
          {props.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
