const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes since midnight for 'HH:MM' (or '24:00' when allowed), undefined when malformed. */
export function parseClockTime(text: string, allowEndOfDay = false): number | undefined {
  if (allowEndOfDay && text === '24:00') return 24 * 60;
  const match = CLOCK_TIME.exec(text);
  if (!match) return undefined;
  return Number(match[1]) * 60 + Number(match[2]);
}
