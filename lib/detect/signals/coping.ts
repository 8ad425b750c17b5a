// Substance used to cope, read across the message: a drink or a drug in one place and
// what it is for in another ("my mum's diazepam before every shift. It's the only way I
// get through the day"). A word of each family is enough; the context vetoes (joke,
// story, past, someone else) are the sentence's.

/** Alcohol, drugs, and pills that calm or put to sleep. */
export const DRUG =
  /\b(?:alcool|alcohol|booze|drinks?|drugs|bieres?|beers?|pintes?|pints?|cans|vin|wine|vodka|whiske?ys?|pilules|getting high|microdos\w*|rhum|rum|gin|shots?|verres?|bouteilles?|bottle|joints?|weed|beuh|shit|cannabis|coke|cocaine|md|mdma|ketamine|keta|speed|xanax|valium|diazepam|lorazepam|alprazolam|lexomil|temesta|stilnox|zolpidem|tramadol|codeine|oxy\w*|opioids?|benzos?|somniferes?|sleeping (?:pills|tabs|tablets)|anxiolytiques?|calmants?|cachets?|medocs?|painkillers|pills|tabs)\b/;

/** What it is for: to hold on, to sleep, the only way, more and more. */
export const COPING =
  /\b(?:(?:get|gets|getting) (?:me )?through|keep(?:s|ing)? me going|only (?:thing|one) (?:that )?(?:keeps|keeping|gets|getting|helps|helping|makes|calms)|only way (?:i|to)|help me (?:cope|sleep|forget)|que ca qui me (?:calme|aide|tient)|how i (?:survive|cope|get by|function)|to (?:cope|sleep|hold on|get by|switch off|numb|forget|function|survive|calm down|face)|(?:pour|afin de|histoire de) (?:tenir|dormir|oublier|supporter|decompresser|me calmer|affronter|me endormir)|(?:me|te) fait tenir|(?:seul|unique) (?:moyen|facon|maniere|truc)|sinon je (?:tiens|dors|supporte|arrive)|tiens (?:\S{1,20} ){0,3}que (?:avec|grace a|sous)|(?:bois|fume|prends|drinking|smoking|taking|using|drink|smoke) (?:\w+ )?(?:de plus en plus|way more|more and more|encore plus)|before every|avant (?:chaque|chacun|tous))\b/;

/** A pronoun of someone else nearest before a word: "il boit pour oublier". */
const SUBJECT = /\b(?:je|i|im|ive|id|il|elle|ils|elles|he|she|they|hes|shes|theyre)\b/g;
const THIRD = /^(?:il|elle|ils|elles|he|she|they|hes|shes|theyre)$/;

/** Where a sentence names a drink or a drug of the writer's (-1 when none). */
export function drugAt(text: string): number {
  const m = DRUG.exec(text);
  if (!m) return -1;
  let last = '';
  for (const s of text.slice(Math.max(0, m.index - 40), m.index).matchAll(SUBJECT)) last = s[0];
  return THIRD.test(last) ? -1 : m.index;
}
