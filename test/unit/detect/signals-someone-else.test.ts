import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../lib/detect/index.ts';
import { isDistress, isNothing, withRulesAlone } from './signal-rules.ts';

// Someone close as the subject of the words ("my colleague was crying in the toilets"): the
// distress is theirs, and a mentee asking how to help them needs advice, not a help line.
// The writer stays the one in distress when they are the object in between ("my colleague
// saw me crying") or say it of themselves.

describe('the rules: someone close named as the subject', () => {
  withRulesAlone();
  it.each([
    'my colleague was crying in the toilets',
    'my colleague broke down crying in the toilets, I didn’t know what to say',
    'ma collègue pleure tous les jours au bureau, je sais pas quoi lui dire',
    'my flatmate has been crying every night since the breakup',
  ])('%s', isNothing);
  it.each([
    'my colleague saw me crying in the toilets',
    'ma soeur m’a vue pleurer dans la cuisine, je pleure tous les jours',
    'my boss shouts at me and im crying in the toilets every day',
    'mon chef me hurle dessus, je pleure tous les soirs',
  ])('%s', isDistress);
});

describe('the whole engine: help asked for someone else is no distress of the writer', () => {
  const analyzer = createAnalyzer();
  const signals = (text: string) =>
    analyzer.analyze(text).signals.filter((s) => s === 'DISTRESS' || s === 'URGENT');
  it.each([
    "mon petit frère dit qu'il veut plus vivre, je sais pas quoi faire, tu as des conseils ?",
    'a friend of mine keeps saying everyone would be better off without him, how can I help him',
    'mon frère veut plus vivre, comment je peux l’aider',
    'my sister hasn’t eaten in a week and cries all the time, how can I help her?',
  ])('%s', (text) => expect(signals(text)).toEqual([]));
  it.each([
    'j’en peux plus, il me harcèle, tu as des conseils ?',
    'I want to die and I don’t know how to tell her, any advice?',
  ])('the writer’s own distress still counts: %s', (text) =>
    expect(signals(text)).toContain('DISTRESS'),
  );
});
