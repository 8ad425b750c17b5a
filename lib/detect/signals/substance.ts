import { any, signs, type Recogniser } from './cue.ts';

// Alcohol, pills or drugs used to cope: to hold on, to sleep, to forget, more than the
// prescribed dose.
const GAP = '(?:(?!pas\\b|not\\b|jamais\\b|never\\b|rien\\b|nothing\\b)\\S{1,25} ){0,6}';
export const substance: Recogniser = {
  category: 'substance',
  cues: [
    {
      re: any(
        `(?:bois|boire|bu|picole|buvais|prends|prendre|avale|fume|fumer|me bourre|double|achete|pique) ${GAP}(?:pour|afin de|histoire de|sinon) (?:tenir|oublier|pas penser|dormir|supporter|arriver a|me calmer|penser a rien|plus penser|decompresser|redescendre|me endormir|fonctionner|affronter|aller bosser|aller au travail|aller en cours)|` +
          'sinon je (?:tiens|dors|arrive|supporte) (?:pas|plus)|' +
          'me (?:mets|mettre|met|suis mise?|mettais) (?:une|des) (?:caisses?|races?|mines?|murges?|cuites?) (?:\\S{1,20} ){0,4}(?:pour oublier|pour tenir|tous les|chaque|sinon)|' +
          '(?:prends|prend|pris|avale) (?:\\S{1,20} ){0,2}(?:\\d+|deux|trois|quatre|cinq|six) (?:\\S{1,20} ){0,3}au lieu de|' +
          '(?:melange|melanger) (?:mes |les |des )?(?:cachets|somniferes|anxiolytiques|medicaments|medocs) (?:avec|et) (?:de le |du |le )?(?:alcool|vin|whisky|vodka)|' +
          'pour me (?:assommer|mettre ko|mettre minable)|' +
          '(?:bourree?|saoule?|soule?|sou|defoncee?|dechiree?|torchee?|pete|petee|raide|arrachee?) (?:tous les|chaque|presque tous les) (?:soirs?|jours?|nuits?|matins?)|' +
          'en plus de (?:ma|la) dose|' +
          'double (?:mes|ma|la|les) (?:dose|doses|somniferes|anxiolytiques|cachets|comprimes|medicaments)|' +
          '(?:anxiolytiques|somniferes|xanax|lexomil|temesta|benzos?|tramadol|codeine|cachets|comprimes|calmants) (?:en plus|pour tenir|sinon|tous les (?:jours|soirs|matins)|avant (?:de aller|le travail|le boulot))|' +
          'une bouteille (?:de \\w+ )?(?:par|chaque|tous les) (?:soir|jour|nuit)|' +
          'sans (?:mes|mon|ma|un|une|des) (?:\\S{1,20} ){0,3}(?:verres?|bouteille|joints?|cachets|xanax|somniferes|whisky|vin|bieres?|calmants|anxiolytiques|cigarettes) (?:\\S{1,20} ){0,4}je (?:dors|tiens|arrive|supporte|fonctionne) (?:pas|plus)|' +
          'plus que (?:la dose|prescrit|ce que le medecin)|' +
          'besoin de (?:boire|un verre|fumer|prendre (?:un|des) (?:cachets?|calmants?|xanax|anxiolytiques?)) (?:avant|pour)|' +
          '(?:bois|boire) jusque a (?:tomber|plus rien|oublier)|' +
          '(?:finis|vide|bois|termine) (?:la|une|ma) bouteille(?: de \\w+)? (?:seule?|tous les|chaque|presque tous|en cachette|des le matin)|' +
          'je bois (?:trop|de plus en plus|tous les soirs|chaque soir|seule?|le matin|en cachette|des le matin)|' +
          '(?:joints?|shit|beuh|cocaine|coke|speed|md) (?:tous les (?:jours|matins|soirs)|chaque (?:jour|matin|soir)|pour (?:tenir|oublier|dormir))',
        // Before every meeting, the only way to get through.
      ),
      topic: true,
    },
    {
      // Acts told without a pronoun ("need a line before every meeting"), not of someone else.
      re: any(
        '(?:un |une |des |mon |ma )?(?:verre|verres|rail|rails|trait|joint|joints|cachet|cachets|xanax|anxiolytiques|calmant|calmants|shot|shots|whisky|vodka|biere|ligne|taf) (?:\\S{1,20} ){0,2}avant (?:chaque|tous les|toutes les|mes|chacun de mes|chacune de mes) (?:\\S{1,20} )?(?:reunion|reunions|rdv|rendez vous|appel|appels|call|calls|entretien|entretiens|journee|cours|presentation|pitch|service|garde)s?|' +
          '(?:need|needs|needing) (?:a drink|a shot|a joint|a pill|pills|my pills) (?:just )?to (?:face|get out of bed|get up|go)|' +
          // Hidden, relapsed, never sober, a month's box gone, consumption doubled.
          '(?:bois|boire|fume|prends (?:\\S{1,20} )?(?:somniferes|cachets|medicaments|pilules|calmants|anxiolytiques)) (?:\\S{1,20} ){0,4}en cachette|me cache (?:\\S{1,20} ){0,3}pour (?:boire|fumer|prendre)|hide (?:the|my) (?:cans|bottles|pills|drinking)|' +
          // A relapse not named: "j'avais arrêté mais ça recommence".
          '(?:avais|had) (?:arrete|stopped|quit)(?! de (?:fumer|travailler|bosser)| smoking| work)\\b.{0,30}\\b(?:ca recommence|ca revient|started again|its back|relapsed|rechute)|' +
          '(?:rechute|replonge|relapsed)(?= .{0,25}\\b(?:coke|cocaine|alcool|alcohol|drink\\w*|booze|weed|pills|cachets|shit|beuh|heroin|crack)\\b)|using again|(?:pas|plus) (?:rentree? |ete )?sobre depuis|(?:havent|not) been sober|' +
          '(?:fini|termine|vide|finished|gone through) (?:\\S{1,20} ){0,2}(?:plaquette|boite|box|pack|prescription)(?: \\S{1,20}){0,8} (?:pour le mois|for the month|meant to last)|' +
          '(?:conso|consommation) (?:de |d )?(?:alcool|weed|shit|beuh|cannabis|vin|bieres?|coke|cachets|medicaments|joints?) (?:a )?(?:double|triple|explose)|(?:drinking|using) has (?:doubled|tripled)|' +
          '(?:bought|buy|buying|got) (?:\\S{1,20} ){0,2}(?:pills|xanax|benzos|valium|weed|coke|drugs|tablets|booze)(?: \\S{1,20}){0,6} to (?:help me )?(?:cope|sleep|forget|get through)|' +
          '(?:bu|drank|downed) (?:toute la|une|half a|a whole|the whole) (?:bouteille|bottle)(?! (?:de |of )(?:eau|water|coca|jus|juice|lait|milk|soda))(?=.{0,40}\\b(?:seule?|alone|before|avant|matin|morning)\\b)|' +
          '(?:cant|can not) (?:get through|face|do|survive) (?:\\S{1,20} ){0,3}without (?:a few |a |my |some )?(?:drinks?|lines?|pills?|joints?|beers?|wine|xanax|shots?)\\b|' +
          '(?:seule|seul|unique) (?:facon|maniere|moyen|solution) (?:de |pour )(?:y aller|tenir|dormir|affronter|supporter|me endormir|y arriver|fonctionner|bosser)|' +
          '(?:a line|lines|a bump|a shot|shots|a drink|drinks|a pill|a xanax|a joint|a valium|a beer) (?:\\S{1,20} ){0,2}before (?:every|each|all my|any) (?:single )?(?:meeting|pitch|call|shift|presentation|interview|class|day|standup)s?|' +
          '(?:doing|did|do) (?:a )?lines? (?:before|at|every|to)|' +
          '(?:popping|poppin|taking|eating) (?:\\S{1,20} )?(?:xanax|pills|meds|benzos|valium|painkillers|tablets) like (?:candy|sweets|tic tacs)|' +
          '(?:cachets|xanax|anxiolytiques|medicaments|somniferes) comme des bonbons|' +
          '(?:started|start|been) (?:drinking|having a drink|taking (?:my \\w+s |someone elses |\\w+s )?(?:pills|sleeping pills|meds)) (?:\\S{1,20} ){0,3}(?:just )?(?:to get through|to cope|because i cant|so i can|to sleep|to switch off|at lunch|in the morning|before work)|' +
          '(?:taking|took|been taking) (?:my |her |his )?(?:\\w+s )?(?:sleeping pills|pills|meds|xanax|tablets) (?:\\S{1,20} ){0,2}because i (?:cant|cannot) (?:sleep|switch off|cope|stop)',
      ),
      notOther: true,
    },
    // A blackout and the drinking beside it: two signs.
    ...signs(
      '(?:woke up|reveillee?) (?:\\S{1,20} ){0,4}(?:floor|par terre)|(?:pas de|aucun) souvenir|blacked out|trou noir',
    ),
    ...signs('after drinking|trop bu|drunk again'),
    {
      re: any(
        '(?:more|extra) (?:(?!time\\b|money\\b|coffee\\b|food\\b|cake\\b|sugar\\b|days?\\b|hours?\\b|minutes\\b|pages\\b|slides\\b|words\\b)\\S{1,20} ){0,3}than (?:prescribed|i should|the doctor)|' +
          '(?:drink|drinking|drank) (?:\\S{1,20} ){0,2}until i (?:pass out|black out|cant|forget)|' +
          `(?:i drink|im drinking|ive been drinking|i drank|drinking) ${GAP}(?:to (?:cope|forget|sleep|get through|numb|calm down|function|stop thinking|face)|just to)|` +
          'a few drinks every (?:night|day|evening)|' +
          'extra (?:xanax|valium|pills|doses?|meds|sleeping pills|painkillers)|' +
          'more (?:pills|meds|xanax) than (?:prescribed|i should|the doctor)|' +
          '(?:getting|got) (?:high|drunk|wasted) (?:every|to|before work|at work)|' +
          '(?:need|needs|needing|have to have) (?:a drink|a shot|a joint|a pill|pills|my pills) (?:just )?to (?:get out of bed|get up|start the day|go to work|go in|face|leave the house)|' +
          '(?:drunk|wasted|high|stoned|hammered) (?:every|most|each) (?:single )?(?:night|day|evening|morning)s?|' +
          'drunk (?:every (?:day|night)|at work|before work)|' +
          '(?:joint|drink|pill|xanax|line|shot|beer)s? before (?:every|each) (?:single )?(?:shift|meeting|call|workday|day)|' +
          '(?:mix|mixing|mixed|take|taking|with) (?:my )?(?:sleeping pills|pills|xanax|meds|benzos|painkillers) (?:\\S{1,20} ){0,1}(?:with|and) (?:wine|alcohol|vodka|beer|drinks?|booze)|' +
          'knock myself out|' +
          '(?:im|ive been|i am|been) (?:drinking|using|smoking) (?:way |far |much )?too much (?:since|lately|these days|every|again|to)',
      ),
      topic: true,
    },
  ],
};
