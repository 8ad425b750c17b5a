import { describe, expect, it } from 'vitest';
import { crc32Hex } from '../../../lib/schedule/checksum';
import { expandSchedule } from '../../../lib/schedule/compact';
import { MAX_SHARE_TAG_LENGTH } from '../../../lib/schedule/limits';
import { decodeShare } from '../../../lib/schedule/share';
import { isIntactShareTag } from '../../../lib/schedule/share-tag';
import { shareSender } from '../../../lib/schedule/share-sender';

// What a person reads when a shared availability is refused, word for word in both
// languages, and the edges of what is read at all: the length limit, a damaged tag that
// still shows its version, WhatsApp's label around the author's name.

/** A tag of exactly `length` characters: "[cadre:v1:" + payload + ":" + checksum + "]". */
function tagOfLength(length: number, checksum?: string) {
  const encoded = 'A'.repeat(length - '[cadre:v1:'.length - ':00000000]'.length);
  return `[cadre:v1:${encoded}:${checksum ?? crc32Hex(encoded)}]`;
}

describe('a shared availability refused', () => {
  it.each([
    [
      'longer than the limit',
      tagOfLength(MAX_SHARE_TAG_LENGTH + 1),
      `Disponibilités partagées refusées : le message est trop long (plus de ${MAX_SHARE_TAG_LENGTH} caractères).`,
      `Shared availability refused: the message is too long (over ${MAX_SHARE_TAG_LENGTH} characters).`,
    ],
    [
      'at the limit, read and refused for its content',
      tagOfLength(MAX_SHARE_TAG_LENGTH, '00000000'),
      'Disponibilités partagées refusées : le contenu a été modifié ou tronqué (somme de contrôle fausse).',
      'Shared availability refused: the content was changed or cut (checksum mismatch).',
    ],
    [
      'cut, after spaces, from a newer Cadre',
      '  [cadre:v2:eyJ0Ijo',
      'Disponibilités partagées dans un format inconnu de cette version de Cadre : mettez Cadre à jour.',
      'Shared availability in a format unknown to this version of Cadre: update Cadre.',
    ],
    [
      'cut, after spaces, from this Cadre',
      '  [cadre:v1:eyJ0Ijo',
      'Disponibilités partagées illisibles : le message est incomplet ou abîmé.',
      'Shared availability unreadable: the message is incomplete or damaged.',
    ],
  ])('%s', (_label, tag, fr, en) => {
    expect(decodeShare(tag)).toEqual({ ok: false, error: { fr, en } });
  });

  it('a tag at the length limit is intact, one character more is not', () => {
    expect(tagOfLength(MAX_SHARE_TAG_LENGTH)).toHaveLength(MAX_SHARE_TAG_LENGTH);
    expect(isIntactShareTag(tagOfLength(MAX_SHARE_TAG_LENGTH))).toBe(true);
    expect(isIntactShareTag(tagOfLength(MAX_SHARE_TAG_LENGTH + 1))).toBe(false);
  });

  it('a range without its end expands with an empty end, for validation to refuse', () => {
    const expanded = expandSchedule({
      z: 'Europe/Paris',
      w: '0800||||||',
      h: ['FR', '', 1],
      a: [],
    });
    expect((expanded as { week: { mon: unknown } }).week.mon).toEqual([
      { start: '08:00', end: '' },
    ]);
  });
});

describe('who posted it, from WhatsApp’s label', () => {
  it.each([
    [
      'spaces around the label and inside the brackets',
      '  [ 14:05, 26/11/2026 ]  Camille Roy  ',
      { author: 'Camille Roy', postedAt: '14:05, 26/11/2026' },
    ],
    [
      'a colon after the name, spaced',
      '[14:05, 26/11/2026] Camille Roy :',
      { author: 'Camille Roy', postedAt: '14:05, 26/11/2026' },
    ],
    [
      'a colon inside the name',
      '[14:05, 26/11/2026] Équipe:Lyon:',
      { author: 'Équipe:Lyon', postedAt: '14:05, 26/11/2026' },
    ],
  ])('%s', (_label, meta, expected) => {
    expect(shareSender(meta)).toEqual(expected);
  });
});
