import { describe, it } from 'vitest';
import { isNothing, isSevere, withRulesAlone } from './signal-rules.ts';

// An injury told with what it came from is an accident: a finger or a thumb (the kitchen's
// and the workshop's cut), a thing the body met ("on the iron"), a chore under way, or the
// writer's own "rien de grave". Self-harm keeps its weight when it is said to be on purpose,
// done with a blade or a lighter, or marks the arms, wrists or thighs. Rules alone: the
// learnt model only adds.

withRulesAlone();

describe('an injury with an ordinary cause is no self-harm', () => {
  it.each([
    'burned my arm on the iron rushing to get ready',
    'i cut myself on a tin can opening the beans',
    'je me suis coupé au doigt avec le cutter au boulot',
    'je me suis coupée en épluchant les patates, rien de grave',
    'I cut my leg shaving this morning, bled everywhere lol',
    'cut my thumb making dinner, so clumsy',
    'je me suis brûlé le bras en repassant ma chemise',
    'burnt my hand on the kettle again, nothing serious',
    'je me suis entaillé deux doigts en bricolant',
    'je me suis coupée sans faire exprès avec le couteau à pain',
  ])('%s', isNothing);
});

describe('self-harm said with its tool, its place on the body or its intent still counts', () => {
  it.each([
    'i cut my arms again last night with a razor',
    'I burned my wrist with a lighter on purpose',
    'je me suis encore coupée les cuisses hier soir',
    "j'ai recommencé à me faire du mal avec une lame",
    'I burned my arm on the stove on purpose to feel something',
    'cut myself on my wrist again, deeper this time',
    'je me suis brûlé le bras avec une cigarette exprès',
  ])('%s', isSevere('self-harm'));
});
