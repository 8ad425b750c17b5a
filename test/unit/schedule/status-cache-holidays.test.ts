import { describe, expect, it } from 'vitest';
import { statusThisMinute } from '../../../lib/schedule/status-cache';
import { NO_HOLIDAYS, scheduleWith } from './fixtures';

// The status is remembered for one schedule, one minute and one set of holidays: holidays
// loaded within the minute (the country's file arriving late) change the answer at once.
describe('the status remembered for the minute', () => {
  it('is computed again when the holidays change within the minute', () => {
    const schedule = scheduleWith();
    const now = new Date('2026-07-14T08:00:00Z');
    expect(statusThisMinute(now, schedule, NO_HOLIDAYS).state).toBe('open');
    expect(statusThisMinute(now, schedule, new Set(['2026-07-14'])).state).toBe('holiday');
  });
});
