import type { JournalEvent } from '../db/records';

// The journal as files a person can open elsewhere. Only what the journal holds: kinds
// and counts, never message text.

const COLUMNS = ['date', 'action', 'findings', 'signals', 'in_window', 'attachments'] as const;

export function journalToCsv(events: JournalEvent[]): string {
  const rows = sortByTime(events).map((event) => [
    new Date(event.at).toISOString(),
    event.action,
    Object.entries(event.findings)
      .map(([type, count]) => `${type}:${count}`)
      .join(' '),
    event.signals.join(' '),
    event.inWindow === undefined ? '' : String(event.inWindow),
    (event.attachments ?? []).join(' '),
  ]);
  // CRLF, as RFC 4180 and spreadsheet programs expect.
  return (
    [COLUMNS as readonly string[], ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') +
    '\r\n'
  );
}

export function journalToJson(events: JournalEvent[], now = new Date()): string {
  const exported = sortByTime(events).map((event) => ({
    at: new Date(event.at).toISOString(),
    action: event.action,
    findings: event.findings,
    signals: event.signals,
    ...(event.inWindow === undefined ? {} : { inWindow: event.inWindow }),
    ...(event.attachments ? { attachments: event.attachments } : {}),
  }));
  return JSON.stringify(
    { format: 'cadre-journal', version: 1, exportedAt: now.toISOString(), events: exported },
    null,
    2,
  );
}

/** Quotes a cell when needed; a leading =, +, - or @ is defused so no spreadsheet runs it. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function sortByTime(events: JournalEvent[]): JournalEvent[] {
  return [...events].sort((a, b) => a.at - b.at);
}
