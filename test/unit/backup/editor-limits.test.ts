import { describe, expect, it } from 'vitest';
import { MAX_CHARTER } from '@/components/charter/charter-validation';
import { MAX_NAME } from '@/components/charter/signature-validation';
import { MAX_LIST_VALUE } from '@/lib/db';
import { LIMITS } from '@/lib/db/schema';
import { MAX_NOTE_LENGTH } from '@/lib/schedule';

// The editors take their limits from the one schema the database and the import use: a
// value an editor accepts is a value a backup restores.
describe('editor limits are the schema’s', () => {
  it.each([
    ['charter text', MAX_CHARTER, LIMITS.charterText],
    ['signature names', MAX_NAME, LIMITS.personName],
    ['list names', MAX_LIST_VALUE, LIMITS.listValue],
  ])('%s', (_label, editor, schema) => {
    expect(editor).toBe(schema);
  });

  it('a charter title may be as long as the charter, since it is one of its lines', () => {
    expect(LIMITS.charterText).toBe(MAX_CHARTER);
  });

  it('an absence note is bounded by the schedule’s own validation', () => {
    expect(MAX_NOTE_LENGTH).toBe(200);
  });
});
