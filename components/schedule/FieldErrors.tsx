/** A field's validation messages, tied to it by id (aria-describedby). */
export function FieldErrors({ id, messages }: { id: string; messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <div id={id}>
      {messages.map((message) => (
        <p class="field-error" key={message}>
          {message}
        </p>
      ))}
    </div>
  );
}
