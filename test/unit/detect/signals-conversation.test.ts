import { describe, expect, it } from 'vitest';
import { conversationSignals, type SentMessage } from '../../../lib/detect/index.ts';

// Distress told over several short messages: the draft is read with what the user just
// sent in the same chat.

const NOW = new Date(2026, 11, 1, 10, 0).getTime();
const sent = (text: string, minutesAgo: number): SentMessage => ({
  text,
  at: NOW - minutesAgo * 60_000,
});

describe('conversationSignals', () => {
  it('hears a distress said over three messages', () => {
    const recent = [sent('je suis épuisée', 2), sent('vraiment', 1)];
    const draft = 'je crois que je vais tout laisser tomber';
    expect(conversationSignals([], draft, NOW).signals).not.toContain('DISTRESS');
    const report = conversationSignals(recent, draft, NOW);
    expect(report.signals).toContain('DISTRESS');
    expect(report.distress.length).toBeGreaterThan(0);
  });

  it('hears it when only the learnt model hears each piece (no cue of the rules)', () => {
    const recent = [sent('je suis à bout', 2), sent('vraiment', 1)];
    const draft = 'je sais plus quoi faire';
    expect(conversationSignals([], draft, NOW).signals).toEqual([]);
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
