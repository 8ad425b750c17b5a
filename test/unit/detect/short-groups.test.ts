import { describe, expect, it } from 'vitest';
import {
  expandGroups,
  shortenGroups,
  shortenGroupsChecked,
} from '../../../lib/detect/short-groups.ts';

describe('patterns shipped with their groups short', () => {
  it.each([
    'je (?:veux|voudrais) (?:plus|pas) (?:vivre|exister)',
    '(?<!\\b(?:she|he) )better off dead(?=\\s*(?:$|[,.!?]))',
    'au revoir(?! et a| a)(?!.{0,60}\\b(?:stage|lundi)\\b)',
    'un \\(petit\\) mot (?:pour|a) toi',
    '(?<name>x)',
  ])('loads back exactly what was written: %s', (source) => {
    const short = shortenGroupsChecked(source, 'cues.txt');
    expect(short.length).toBeLessThanOrEqual(source.length);
    expect(expandGroups(short)).toBe(source);
  });

  it('writes "(?:" as "(" and keeps lookarounds as they are', () => {
    expect(shortenGroups('(?:a|b)(?=c)(?!d)(?<=e)(?<!f)')).toBe('(a|b)(?=c)(?!d)(?<=e)(?<!f)');
  });

  it.each([
    ['a capturing group', 'je (veux|voudrais) partir'],
    ['a parenthesis in a class', 'fin[(]'],
  ])('refuses %s, which loading would change', (_, source) => {
    expect(() => shortenGroupsChecked(source, 'signals/cues.txt')).toThrow(
      /signals\/cues\.txt: a capturing group or a literal "\("/,
    );
  });

  it('gives the shipped cues back whole', async () => {
    const { gazetteer } = await import('../../../lib/detect/gazetteer.ts');
    const cues = gazetteer().signalCues;
    expect(cues).toContain('(?:');
    expect(
      () =>
        new RegExp(
          cues
            .split('\n')
            .filter((l) => !l.startsWith('['))
            .join('|'),
        ),
    ).not.toThrow();
  });
});
