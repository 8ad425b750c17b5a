import { any, type Recogniser } from './cue.ts';

// Acute panic (breath, heart, shaking, fear of dying) and dissociation (nothing feels
// real, watching oneself from outside).
export const panic: Recogniser = {
  category: 'panic',
  cues: [
    {
      re: any(
        '(?:je )?arrive (?:plus|pas) a (?:respirer|reprendre mon souffle|me calmer|arreter de trembler)',
        'coeur (?:qui )?(?:se emballe|bat (?:trop |tres |super |a toute )?(?:fort|vite|allure)|va exploser|cogne)',
        'je etouffe',
        'je fais une crise',
        'je vais mourir(?! de| si| quand)',
        '(?:tout|rien) (?:me )?(?:semble|parait|est) (?:irreel|pas reel|flou|loin)',
        'comme si je (?:me regardais|etais) (?:de le exterieur|dans un film|hors de mon corps|pas la|a cote de moi)',
        'hors de mon corps',
        'impression de (?:etouffer|mourir|devenir folle?|manquer de air|plus respirer|plus etre la)',
        '(?:plus|pas) dans mon corps',
        'comme dans un reve',
        'pas vraiment la',
        '(?:mains|jambes) qui tremblent (?:et|,)',
        'je (?:tremble|panique) (?:de partout|sans pouvoir|et je arrive)',
      ),
      weight: 2,
    },
    {
      re: any(
        'crises? de (?:angoisse|panique|tetanie)',
        'attaques? de panique',
        'panic attacks?',
        'anxiety attacks?',
      ),
      weight: 2,
      topic: true,
    },
    {
      re: any(
        'cant (?:breathe|catch my breath|stop shaking|calm down)',
        'heart (?:is )?(?:pounding|racing|beating so fast)',
        '(?:not|out of) (?:in )?my (?:own )?body',
        'nothing (?:feels|seems|is) real',
        'feel (?:so )?(?:unreal|detached from (?:myself|everything))',
        'watching myself from (?:outside|above)',
        'im (?:shaking|hyperventilating|freaking out) (?:and|so|right)',
        'think im (?:going to die|dying|having a heart attack)',
        'feel like im (?:going crazy|losing my mind|dying|going to die|suffocating)',
        '(?:feels|seems|is) like a dream',
        'not really here',
      ),
      weight: 2,
    },
    {
      re: any(
        'poitrine (?:serree|qui serre|oppressee)',
        'je tremble',
        'mains qui tremblent',
        'je panique',
        'chest (?:is )?(?:tight|pain|pains)',
        'im (?:shaking|hyperventilating)',
        'freaking out',
        'boule au ventre',
        'palpitations',
        'tete qui tourne',
        'chest (?:is )?(?:so |really )?(?:tight|hurts)',
        'going crazy',
        'devenir folle?',
      ),
      weight: 1,
    },
  ],
};
