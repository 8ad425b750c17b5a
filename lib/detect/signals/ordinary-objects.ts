import type { DistressCategory } from './cue.ts';

// What an act is done to, with or for, in the words right after it, when that makes it
// ordinary: a drink of water or tea, a game lost ("beats me at scrabble"), a haircut or
// brambles, a rope for the move, a bridge where the others are awaited. Written against
// `signalText()`'s form. A drink, a blow or a means whose object is the writer's body or
// life keeps its weight.

const OBJECTS: Partial<Record<DistressCategory, RegExp>> = {
  substance:
    /\b(?:eau|deau|water|tisanes?|(?:un|du|mon|le|de|green|herbal|iced|mint) (?:the|tea)|tea|jus|milk|soupe|soup|protein\w*|cafes?|coffees?|espressos?|energy drinks?|hand cream|vitamin\w*|hot water bottle)\b/,
  violence:
    /\b(?:at (?:scrabble|ludo|chess|pool|cards|darts|(?:\w+ )?(?:games?|matches))|aux (?:cartes|echecs|jeux)|to (?:apply|the (?:kitchen|shower|bathroom|punch|car))|reads the map|to (?:take a (?:picture|photo)|get the screen|fix)|pour (?:me rendre|livrer|reparer|me montrer|me raconter|prendre une photo)|snooze|le vent|the wind)\b/,
  'self-harm':
    /\b(?:couper les cheveux|cheveux moi meme|cut(?:ting)? my (?:own )?hair|hair (?:up|in a bun)|sucre|sugar|carbs|(?:my|mes) (?:hours|heures|costs|couts|depenses)|ronces|brambles|en me rasant|shaving|door frame|cupboard|placard|echafaudage|scaffold\w*|eczema|moustiques?|trolley|car door|oven|four\b|plaque de cuisson|hob|friteuse|fryer|grill|kettle|bouilloire|fer a repasser|ronge les ongles|bite my nails)\b/,
  'active-ideation':
    /\b(?:(?:corde|rope) (?:a linge|a sauter)|tow rope|great view|super vue|pour (?:le|la|les|voir le) (?:demenagement|linge|camping|barbecue|bbq|marathon|feu de artifice|pot)|for (?:lunch|the (?:fireworks|barbecue|bbq|view|marathon|run|move))|waiting for (?:the others|my|the bus|a|the train)|attends (?:les autres|le bus|le train|mon train)|stuck in traffic|pour manger|pour mon rasoir|candidatures|camping trip|feu de artifice|barbecue)\b/,
};
// Harm done on purpose stays harm, whatever it is done with: "held it there", "pas un accident".
const ON_PURPOSE =
  /\b(?:on purpose|expres|(?:held|kept) it there|(?:pas|not) (?:un |an )?accident)\b/;
// The words that follow, up to a sentence's stop.
const STOP = /[.;!?\n]/;

/** Whether what follows the words of `category` found at `at` makes them ordinary. */
export function ordinaryObjectAt(text: string, category: DistressCategory, at: number): boolean {
  const objects = OBJECTS[category];
  if (!objects || (category === 'self-harm' && ON_PURPOSE.test(text))) return false;
  let after = text.slice(at, at + 80);
  const end = STOP.exec(after);
  if (end) after = after.slice(0, end.index);
  return objects.test(after);
}
