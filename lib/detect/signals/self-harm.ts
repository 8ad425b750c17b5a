import { any, type Recogniser } from './cue.ts';

// Self-harm without (said) intent to die: cutting, burning, hitting oneself, told as a
// habit, a relapse or an act of last night.
export const selfHarm: Recogniser = {
  category: 'self-harm',
  cues: [
    {
      re: any(
        'me (?:faire|fais|fait|suis fait|suis faite|faisais|refais) du mal(?! a (?:la tete|le dos|me lever))',
        'me (?:couper|coupe|coupais|suis coupee?|recoupe) (?:les |le |la |aux |au )?(?:bras|poignets?|cuisses?|veines|jambes?|peau)',
        'me (?:couper|coupe|coupais|suis coupee?) (?:\\w+ )?(?:avec|a la|au) (?:une |la |le )?(?:lame|rasoir|cutter|compas|ciseaux)',
        'me scarifi\\w*',
        '(?:retombee?|rechute|replonge) dans (?:les coupures|la scarification|le automutilation)',
        'me (?:bruler|brule|brulais|suis brulee?) (?:les |le |la )?(?:bras|mains?|peau|poignets?|cuisses?)',
        'me (?:bruler|brule|brulais|suis brulee?) (?:\\w+ )?(?:avec|a la) (?:une |ma |des )?(?:cigarettes?|briquet|fer)',
        'me (?:taper|tape|tapais|cogner|cogne) la tete contre',
        'me (?:frapper|frappe|frappais|griffer|griffe|griffais|mordre|mords|pince) (?:jusque|jusqua|fort|pour|quand)',
        'me mutiler|automutil\\w*',
        'recommence a me (?:faire du mal|couper|bruler|scarifier|frapper)',
        'cicatrices? (?:sur|de) mes (?:bras|poignets|cuisses)',
        'me suis (?:encore |de nouveau |a nouveau )(?:coupee?|brulee?|frappee?|scarifiee?|fait du mal)',
        'me (?:recoupe|suis recoupee?)',
        'me (?:couper|coupe|suis coupee?|bruler|brule|griffer|griffe) (?:\\w+ ){0,3}pour (?:plus|oublier|sentir|me punir|arreter de penser|me calmer)',
        '(?:jusque au|jusqu au|jusqua) (?:sang|saigner)',
        'mes (?:bras|poignets|cuisses|jambes) (?:sont )?(?:couverts|couvertes|pleins|pleines) de (?:marques|cicatrices|coupures|bleus|brulures)',
      ),
      weight: 2,
      serious: true,
    },
    {
      re: any('je recommence (?:chaque|tous les)', 'relapsed?'),
      weight: 1,
    },
    {
      re: any('scarification', 'coupures', 'lame de rasoir'),
      weight: 1,
      topic: true,
    },
    {
      re: any(
        'cut(?:ting)? myself',
        'cut my (?:arms?|wrists?|legs?|thighs?|skin)',
        'burn(?:ed|t|ing)? (?:myself|my (?:arms?|skin|wrists?|legs?|thighs?))',
        'hurt(?:ing)? myself',
        'harm(?:ing)? myself',
        'self[- ]?harm\\w*',
        '(?:hit|hitting|punch|punching|scratch|scratching) myself',
        'started (?:hurting|cutting|burning|harming) (?:myself )?again',
        'relapsed?(?: on| into)? (?:self[- ]harm|cutting)',
        'scars on my (?:arms|wrists|legs|thighs)',
        '(?:scratch|scratching|scratched|pinch|pinching|bite|biting) my (?:arms?|skin|wrists?|legs?|hands?) (?:until|till|so hard)',
        'until (?:they|it) bleeds?',
        '(?:hit|hitting|bang|banging|bash|bashing|slam|slamming) my head (?:against|on|into)',
        '(?:cut|burned|burnt|hurt|hit|scratched) (?:myself )?again',
        'my (?:arms|wrists|legs|thighs) are covered in (?:marks|scars|cuts|burns|bruises)',
      ),
      weight: 2,
      serious: true,
    },
  ],
};
