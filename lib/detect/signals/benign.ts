import { combine, packedWords, type DistressCategory } from './cue.ts';
import { BENIGN } from './lexicon.ts';

// Benign context held to its own clause: the oven explains "je me suis brûlée" only in
// "je me suis brûlée avec le four", not in "je me brûle le soir, j'ai oublié le four".

/** How far (characters) a benign word may be from the word it explains. */
const NEAR = 50;
/** What ends a clause: punctuation, a turn ("mais", "but", "sinon", "anyway"). */
const CLAUSE_BREAK =
  /[,.;:!?()\n]|\b(?:mais|but|sinon|par contre|anyway|bref|however|though|pourtant|alors que|whereas|otherwise|du coup)\b/;
/** The writer between a client and the word: "les clients me hurlent dessus" is the writer's. */
const WRITER = /\b(?:je|me|moi|i|im|ive|me|my|myself)\b/;

// Built on first use: some words are read from the packed gazetteer (cues.txt).
const SCAN = combine(() =>
  BENIGN.map(([words]) => new RegExp(`\\b(?:${packedWords(words)})(?!\\w)`)),
);

/** Whether a benign word takes away the word of `category` found at `at`. */
export type BenignAt = (category: DistressCategory, at: number) => boolean;

/** Reads a folded sentence's benign words once; `null` when it has none (most). */
export function benignContext(text: string): BenignAt | null {
  const hits: Array<[number, number]> = [];
  SCAN(text, (index, at) => hits.push([index, at]));
  if (hits.length === 0) return null;
  return (category, at) =>
    hits.some(([index, where]) => {
      const [, reach, only] = BENIGN[index];
      if (only && only !== category) return false;
      if (reach === 'sentence') return true;
      if (Math.abs(where - at) > NEAR) return false;
      if (reach === 'subject' && (where > at || WRITER.test(text.slice(where, at)))) return false;
      return !CLAUSE_BREAK.test(text.slice(Math.min(where, at), Math.max(where, at)));
    });
}
