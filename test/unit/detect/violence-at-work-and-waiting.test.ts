import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../lib/detect/index.ts';
import { useSignalModel } from '../../../lib/detect/signals/model.ts';

// Violence where the mentee works and lives, as told in a probe written from the
// phenomenon: grabbed by a customer, asked by a boss what one wears, waited for by an ex
// outside work, a man outside the flat for an hour. Beside each, the ordinary message that
// shares its words. Read by the rules alone.

beforeAll(() => useSignalModel(null));
afterAll(() => useSignalModel(undefined));

const read = (text: string) => createAnalyzer().analyze(text);

describe('violence at work, someone waiting who should not', () => {
  it.each([
    'a customer grabbed me at work today and my manager just laughed',
    'he pushed me at school today',
    "my boss sends me messages at night asking what i'm wearing",
    "mon ex m'envoie 50 messages par jour et m'attend devant le boulot",
    "he's outside my flat again, been there an hour",
  ])('%s: violence', (text) => expect(read(text).distress).toContain('violence'));

  it('someone the writer fears, waiting outside now, is a crisis under way', () =>
    expect(read("mon ex m'attend devant le boulot depuis ce matin").signals).toContain('URGENT'));

  it.each([
    'can you grab me at 5 from the station',
    'my manager pushes me at work to hit targets',
    'the kids bullied me at school years ago, im fine now',
    'my friend is outside my flat again lol, pizza time',
    "maman m'attend devant le boulot pour aller au ciné",
    'my ex used to wait outside my work, it stopped last year',
    "my mum asked what i'm wearing to the interview",
    'le client demande ce que je porte comme taille',
  ])('%s: no distress', (text) => expect(read(text).distress).toEqual([]));
});
