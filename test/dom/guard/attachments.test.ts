import { describe, expect, it } from 'vitest';
import {
  classifyFile,
  isScreenSize,
  needsDimensions,
  type FileFacts,
} from '@/lib/whatsapp/attachments';

const file = (name: string, type: string, extra: Partial<FileFacts> = {}): FileFacts => ({
  name,
  type,
  source: 'picker',
  ...extra,
});

describe('classifyFile', () => {
  it.each([
    ['compte-rendu.pdf', 'application/pdf', 'document'],
    [
      'budget.xlsx',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'document',
    ],
    ['notes.odt', '', 'document'],
    ['export.csv', 'text/csv', 'document'],
    ['archive.zip', 'application/zip', 'document'],
    ['Screenshot 2026-11-20 at 10.02.03.png', 'image/png', 'screenshot'],
    ['Capture d’écran 2026-11-20 à 10.02.03.png', 'image/png', 'screenshot'],
    ["Capture d'écran (12).png", 'image/png', 'screenshot'],
    ['Screen Shot 2020-01-01 at 9.00.00.png', 'image/png', 'screenshot'],
    ['Capture du 2026-11-20 10-02-03.png', 'image/png', 'screenshot'],
    ['IMG_2041.jpg', 'image/jpeg', 'photo'],
    ['IMG_2041.png', 'image/png', 'photo'],
    ['video.mp4', 'video/mp4', 'other'],
  ])('%s → %s', (name, type, kind) => {
    expect(classifyFile(file(name, type))).toBe(kind);
  });

  it('takes any pasted image for a screenshot', () => {
    expect(classifyFile(file('image.png', 'image/png', { source: 'paste' }))).toBe('screenshot');
    expect(classifyFile(file('photo.jpg', 'image/jpeg', { source: 'paste' }))).toBe('screenshot');
  });

  it('takes a PNG at a screen size for a screenshot, either way up', () => {
    expect(classifyFile(file('a.png', 'image/png', { width: 1920, height: 1080 }))).toBe(
      'screenshot',
    );
    expect(classifyFile(file('a.png', 'image/png', { width: 1170, height: 2532 }))).toBe(
      'screenshot',
    );
    expect(classifyFile(file('a.png', 'image/png', { width: 800, height: 600 }))).toBe('photo');
    // A JPEG at a screen size is a camera photo more often than not.
    expect(classifyFile(file('a.jpg', 'image/jpeg', { width: 1920, height: 1080 }))).toBe('photo');
  });

  it('reads dimensions only where they can change the verdict', () => {
    expect(needsDimensions(file('a.png', 'image/png'))).toBe(true);
    expect(needsDimensions(file('a.png', 'image/png', { width: 10, height: 10 }))).toBe(false);
    expect(needsDimensions(file('Screenshot.png', 'image/png'))).toBe(false);
    expect(needsDimensions(file('a.jpg', 'image/jpeg'))).toBe(false);
    expect(isScreenSize(768, 1366)).toBe(true);
  });
});
