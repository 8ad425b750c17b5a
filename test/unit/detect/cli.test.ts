import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const tsx = path.resolve('node_modules/.bin/tsx');
const cli = path.resolve('scripts/detect-cli.ts');

const run = (input: string) => spawnSync(tsx, [cli, '--jsonl'], { input, encoding: 'utf8' });

describe('npm run detect -- --jsonl', () => {
  it('writes one prediction line per input line, in the evaluation format', () => {
    const { stdout, status } = run(
      JSON.stringify({ id: 'a', text: 'Appelle Karim au 06 45 78 12 90' }) +
        '\n' +
        JSON.stringify({ id: 'b', text: 'je fais quoi ?' }) +
        '\n',
    );
    expect(status).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[0]).toEqual({
      id: 'a',
      entities: [
        { start: 8, end: 13, type: 'PERSON', score: expect.any(Number) },
        { start: 17, end: 31, type: 'PHONE', score: expect.any(Number) },
      ],
      signals: [],
    });
    expect(lines[1]).toEqual({ id: 'b', entities: [], signals: [] }); // VAGUE stays out
  });

  it('reports a malformed line with its number, skips it, and exits with 1', () => {
    const { stdout, stderr, status } = run(
      '{"id":"a","text":"ok"}\nnot json\n{"id":"c"}\n{"id":"d","text":"Zoé"}\n',
    );
    expect(stderr).toContain('line 2');
    expect(stderr).toContain('line 3');
    expect(
      stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).id),
    ).toEqual(['a', 'd']);
    expect(status).toBe(1);
  });
});
