import { analyze } from '../../../lib/detect/index.ts';
import type { AnalyzeOptions, EntityType } from '../../../lib/detect/index.ts';

/** "TYPE:text" for each finding, in order. */
export function found(text: string, options?: AnalyzeOptions): string[] {
  return analyze(text, options).findings.map((f) => `${f.type}:${f.text}`);
}

export function foundOfType(text: string, type: EntityType): string[] {
  return analyze(text)
    .findings.filter((f) => f.type === type)
    .map((f) => f.text);
}
