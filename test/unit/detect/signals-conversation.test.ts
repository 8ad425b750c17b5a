import { afterEach, describe, expect, it } from 'vitest';
import { conversationSignals, type SentMessage } from '../../../lib/detect/index.ts';
import { sentenceFeatures } from '../../../lib/detect/signals/model-features.ts';
import { useSignalModel } from '../../../lib/detect/signals/model.ts';

// Distress told over several short messages: the draft is read with what the user just
// sent in the same chat.

const NOW = new Date(2026, 11, 1, 10, 0).getTime();
const sent = (text: string, minutesAgo: number): SentMessage => ({
  text,
  at: NOW - minutesAgo * 60_000,
});

describe('conversationSignals', () => {
  afterEach(() => useSignalModel(undefined));

  it('hears a distress said over three messages, by the rules’ cues', () => {
    useSignalModel(null);
    const recent = [sent('je suis épuisée', 2), sent('vraiment', 1)];
    const draft = 'je crois que je vais tout arrêter';
    expect(conversationSignals([], draft, NOW).signals).not.toContain('DISTRESS');
    const report = conversationSignals(recent, draft, NOW);
    expect(report.signals).toContain('DISTRESS');
    expect(report.distress.length).toBeGreaterThan(0);
  });

  it('hears it when only the learnt model hears the pieces, added up', () => {
    // Each word of "à bout" and "quoi faire" weighs 0.4: no piece is enough alone.
    const weights = new Map(
      [...sentenceFeatures('a bout'), ...sentenceFeatures('quoi faire')].map(
        (f) => [f, 0.4] as [number, number],
      ),
    );
    useSignalModel({
      bias: { distress: -3, urgent: -9 },
      weights: { distress: weights, urgent: new Map() },
    });
    const recent = [sent('je suis à bout', 2), sent('vraiment', 1)];
    const draft = 'je sais plus quoi faire';
    expect(conversationSignals([], draft, NOW).signals).toEqual([]);
    expect(conversationSignals(recent, draft, NOW).signals).toContain('DISTRESS');
    expect(conversationSignals([sent('bonjour', 1)], draft, NOW).signals).toEqual([]);
  });

  it('hears it with the shipped model too (the end-to-end test’s three messages)', () => {
    const recent = [sent('je suis épuisée', 2), sent('vraiment', 1)];
    const draft = 'je crois que je vais tout arrêter';
    for (const piece of ['je suis épuisée', 'vraiment', draft])
      expect(conversationSignals([], piece, NOW).signals).toEqual([]);
    expect(conversationSignals(recent, draft, NOW).signals).toContain('DISTRESS');
  });

  it('makes it urgent when the pieces say passive ideation', () => {
    const recent = [sent('ça va pas', 3), sent('je voudrais juste', 2)];
    const report = conversationSignals(recent, 'que tout s’arrête, disparaître pour de bon', NOW);
    expect(report.signals).toEqual(['DISTRESS', 'URGENT']);
  });

  it('forgets messages older than the window', () => {
    const recent = [sent('je suis épuisée', 45)];
    expect(conversationSignals(recent, 'je vais tout laisser tomber', NOW).signals).not.toContain(
      'DISTRESS',
    );
  });

  it('does not raise again what was sent when the draft adds nothing', () => {
    const recent = [sent('je suis épuisée, je pleure tous les soirs', 1)];
    expect(conversationSignals(recent, 'ok merci pour ta réponse', NOW).signals).toEqual([]);
  });

  it('keeps the draft’s own signals', () => {
    expect(conversationSignals([], 'Réponds vite stp, c’est important', NOW).signals).toEqual([
      'URGENT',
    ]);
    expect(conversationSignals([sent('bonjour', 1)], 'je veux mourir', NOW).signals).toEqual([
      'DISTRESS',
      'URGENT',
    ]);
  });

  it('ignores messages dated after now (a clock that moved back)', () => {
    const recent = [{ text: 'je suis épuisée', at: NOW + 5 * 60_000 }];
    expect(conversationSignals(recent, 'je vais tout laisser tomber', NOW).signals).not.toContain(
      'DISTRESS',
    );
  });
});
