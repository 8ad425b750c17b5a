/**
 * A polite live region: confirmations and errors after an action are read out without
 * moving focus. Rendered empty first so screen readers notice later changes.
 */
export function Notice({ message, tone = 'ok' }: { message: string | null; tone?: 'ok' | 'warn' }) {
  return (
    <p class={message ? `notice notice--${tone}` : 'notice notice--empty'} role="status">
      {message ?? ''}
    </p>
  );
}
