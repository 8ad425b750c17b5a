/**
 * What a console line may say about an error: its kind, never its message. Messages can
 * carry what the user wrote (a draft, a name found in it, a value from the page).
 */
export function errorName(error: unknown): string {
  if (error instanceof Error) return error.name || 'Error';
  return typeof error;
}
