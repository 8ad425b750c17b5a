import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// One door to WhatsApp: only lib/whatsapp may name WhatsApp's markup. Every string in the
// production code elsewhere (entrypoints, components, lib) is read with TypeScript's own
// parser, so comments and prose do not count, selectors do.

const root = path.resolve(__dirname, '../../..');
const SCANNED = ['entrypoints', 'components', 'lib'];
const DOOR = path.join('lib', 'whatsapp') + path.sep;

/** WhatsApp's markup, as it would appear in a selector or an attribute name. */
const MARKUP = [
  /(?<![\w-])footer(?![\w-])/,
  /#main(?![\w-])/,
  /(?<![\w-])data-icon(?![\w-])/,
  /(?<![\w-])data-tab(?![\w-])/,
  /(?<![\w-])data-testid(?![\w-])/,
  /(?<![\w-])contenteditable(?![\w-])/i,
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

function strings(file: string): { text: string; line: number }[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const found: { text: string; line: number }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      found.push({ text: node.text, line });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every use of WhatsApp's markup outside lib/whatsapp, as "file:line text". */
function markupOutsideTheDoor(): string[] {
  const uses: string[] = [];
  for (const dir of SCANNED) {
    for (const file of sourceFiles(path.join(root, dir))) {
      const relative = path.relative(root, file);
      if (relative.startsWith(DOOR)) continue;
      for (const { text, line } of strings(file)) {
        if (MARKUP.some((pattern) => pattern.test(text))) uses.push(`${relative}:${line} ${text}`);
      }
    }
  }
  return uses;
}

describe('one door to WhatsApp', () => {
  it('no production file outside lib/whatsapp uses WhatsApp’s markup', () => {
    expect(markupOutsideTheDoor()).toEqual([]);
  });

  it('the check sees a selector, and not prose', () => {
    const selector = strings(path.join(root, 'lib/whatsapp/selectors.ts'));
    expect(selector.some(({ text }) => MARKUP.some((pattern) => pattern.test(text)))).toBe(true);
    expect(MARKUP.some((pattern) => pattern.test('preview-footer'))).toBe(false);
  });
});
