import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { changedTooMuch, diffScreens, MAX_CHANGED_PIXELS } from '../../e2e/screen-diff';

// The screenshot comparison must fail on a visible change and only on one.

/** A white 200×60 image with a dark 3×7 stroke per letter of `word`: a line of "text". */
function textImage(word: string, color: [number, number, number] = [20, 20, 20]): Buffer {
  const png = new PNG({ width: 200, height: 60 });
  png.data.fill(255);
  [...word].forEach((letter, index) => {
    const shape = letter.charCodeAt(0);
    for (let y = 20; y < 27; y += 1) {
      for (let dx = 0; dx < 3; dx += 1) {
        // Each letter draws its own columns: a different letter changes a few pixels.
        if (!((shape >> dx) & 1) && dx !== 1) continue;
        const offset = (png.width * y + 10 + index * 6 + dx) << 2;
        png.data.set([...color, 255], offset);
      }
    }
  });
  return PNG.sync.write(png);
}

describe('screen comparison', () => {
  it('finds no change between two identical screens', () => {
    const result = diffScreens(textImage('Modifier'), textImage('Modifier'));
    expect(result.changed).toBe(0);
    expect(changedTooMuch(result)).toBe(false);
  });

  it('fails on one changed word', () => {
    const result = diffScreens(textImage('Modifier les'), textImage('Envoyer les'));
    expect(result.changed).toBeGreaterThan(MAX_CHANGED_PIXELS);
    expect(changedTooMuch(result)).toBe(true);
  });

  it('fails on a changed colour', () => {
    const result = diffScreens(textImage('Modifier', [200, 0, 0]), textImage('Modifier'));
    expect(changedTooMuch(result)).toBe(true);
  });

  it('fails on a changed size, whatever the pixels', () => {
    const small = PNG.sync.write(new PNG({ width: 10, height: 10 }));
    const result = diffScreens(small, textImage(''));
    expect(result.sizes).toEqual(['10×10', '200×60']);
    expect(changedTooMuch(result)).toBe(true);
  });

  it('marks the changed pixels in the diff image', () => {
    const result = diffScreens(textImage('a'), textImage(''));
    const red = [];
    for (let i = 0; i < result.diff.data.length; i += 4) {
      if (result.diff.data[i] === 255 && result.diff.data[i + 1] === 0) red.push(i);
    }
    expect(red.length).toBe(result.changed);
    expect(result.changed).toBeGreaterThan(0);
  });

  it('says where the changed pixels are', () => {
    // "a" (0b1100001) draws columns 10 and 11 of rows 20–26; an empty line draws nothing there.
    const result = diffScreens(textImage('a'), textImage(''));
    expect(result.box).toEqual({ left: 10, top: 20, right: 11, bottom: 26 });
    expect(diffScreens(textImage('a'), textImage('a')).box).toBeUndefined();
  });
});
