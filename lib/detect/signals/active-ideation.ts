import { any, packedCue, signs, type Recogniser } from './cue.ts';

// A word and its space, in the gaps between the words of a cue.
const W = '(?:\\S+ )';

// C-SSRS levels 2 to 5: thoughts of suicide, method, intent, plan; and an attempt under
// way (an overdose taken, standing on the edge).
export const activeIdeation: Recogniser = {
  category: 'active-ideation',
  cues: [
    packedCue('active-intent'),
    ...signs(
      '(?:aura|auront|will have|has|have) (?:de quoi (?:tenir|voir venir|vivre)|enough to (?:live|get by|manage))',
    ),
    {
      // The means at hand, a thought that comes back: signs that add up.
      re: any(
        'de quoi (?:faire|le faire|en finir)(?=.{0,40}\\b(?:armoire|pharmacie|cachets|medicaments|tiroir|placard|comprimes)\\b)|' +
          // Provision for those left, a date set: signs that add up with another.
          '(?:ai |je ai )?decide que ce (?:sera|serait) (?:apres|avant|le|pour|ce|vendredi|samedi|dimanche|lundi|mardi|mercredi|jeudi|demain)\\b|' +
          `armoire a pharmacie ${W}{0,3}(?:pleine|de quoi|remplie)|` +
          '(?:enough|plenty of) (?:pills|meds|tablets) (?:in|at) (?:the|my) (?:cabinet|drawer|house|flat)',
      ),
      weight: 1,
    },
    {
      re: any(
        'je y pense (?:souvent|tout le temps|tous les jours|tous les soirs|chaque jour|chaque soir|de plus en plus|sans arret)|' +
          'i think about it (?:all the time|every day|every night|constantly|more and more)',
      ),
      weight: 1,
    },
    {
      // On a balcony, a window sill: a place, urgent only beside another sign.
      re: any(
        `(?:im|i am|standing|sitting|je suis|suis) ${W}?(?:on|sur) (?:the|my|le|mon) balcon(?:y)?(?! (?:with|avec|for|pour|having|en train de (?:boire|manger|lire)))`,
      ),
      weight: 1,
      now: true,
      serious: true,
    },
    {
      re: any(
        '(?:vais|going to) (?:le faire|do it)(?! pour| for| demain| tomorrow)|' +
          'know when ill take them',
      ),
      weight: 1,
    },
    {
      re: any(
        '(?:ai tout prepare|tout est pret|everything is ready|ive prepared everything)|' +
          '(?:corde|lames?|arme|rope|blades?|gun) (?:est |sont |is |are )?(?:prete?s?\\b(?! pour)|ready|all set)',
      ),
      weight: 1,
    },
    {
      re: any(
        'suicide|' +
          'tentative de suicide|' +
          'overdose|' +
          'idees (?:noires|suicidaires|de suicide)',
      ),
      topic: true,
    },
    packedCue('active-plan'),
    // The means ready, said without the act: "j'ai de quoi le faire ce soir".
    packedCue('active-means-ready'),
    {
      // On a roof, a bridge, an edge, now: not with a purpose said (lunch, a view, a
      // party, waiting for someone, traffic).
      re: any(
        'au bord (?:du|de le|de la) (?:quai|pont|toit|vide|precipice|falaise|fenetre|voie)|' +
          '(?:je suis |^)sur le (?:toit|pont|rebord)(?! de le hotel| terrasse)|' +
          '(?:im|i am|standing|sitting) on the (?:roof|edge|bridge|ledge|platform edge)(?! terrace| top| garden| bar| for)|' +
          '^(?:on|at) the (?:bridge|roof|ledge|edge|tracks)(?: now| rn| right now)|' +
          '(?:je suis |jsuis |suis )?(?:assise?|debout|penchee?) (?:sur|a) (?:le rebord|la rambarde|le parapet|le bord) (?:de la |du |de le )?(?:fenetre|balcon|pont|toit|quai)?|' +
          '(?:at|on) the edge of (?:the )?(?:platform|bridge|roof|cliff|building|window)|' +
          '(?:monte|montee|grimpe|grimpee) sur (?:le|un) (?:toit|pont|parapet|rebord)(?! de le hotel| terrasse)(?!.{0,40}\\b(?:pour (?:reparer|installer|nettoyer|changer|verifier|poser)|antenne|gouttiere|panneaux|tuiles|chantier))',
      ),
      now: true,
      serious: true,
      unless:
        /\b(?:mang\w*|lunch|dejeuner|pique|picnic|bbq|barbecue|fete|party|vue|view|coucher|sunset|feu de artifice|fireworks|magnifique|beautiful|attends|waiting for|traffic|bouchons?|marathon|annule|retard|photos?)\b/,
    },
    // An act under way against oneself: gas, a car in a shut garage, walking into the
    // sea, edging to the platform, every pill, pills on top of drink with effects.
    packedCue('active-act-against-self', { now: true, serious: true }),
    // Intent, a plan and a date, the means counted out or ready, a place chosen, a
    // dose looked up: C-SSRS levels 3 to 5, as people type them.
    packedCue('active-intent-typed', { unless: /\b(?:holiday|vacances|bali|trip|voyage)\b/ }),
    {
      // Signs that add up: a mind made up, not being here after a day, the courage lacking.
      re: any(
        'made up my mind|mind is made up|ma decision est prise|' +
          'not (?:going to )?be here (?:after|by|on|past) \\w+|' +
          '(?:need|manque) (?:the |le )?(?:guts|courage|nerve)(?! to (?!do it))|' +
          'got everything ready',
      ),
      weight: 1,
    },
    // An act under way: counted even after a joke marker, and urgent.
    packedCue('active-act-under-way', { now: true, serious: true }),
    {
      // Intent and preparation as people type them: hesitating to go through with it, a
      // date set, the mind made up, everything ready "for later", a blade not for cooking.
      re: any(
        '(?:hesite|hesitate) a (?:aller jusque? ?au bout|le faire)|(?:need|manque) (?:just |juste )?(?:the guts|le courage)(?=\\s*$|\\s*[,.!])|' +
          '(?:set|picked|chose|fixed) a date for it|made up my mind(?=\\s*$|\\s*[,.!])|not (?:gonna|going to) be (?:here|around) (?:after|past|by)|' +
          '(?:tout|everything) (?:est )?(?:prepare|pret|ready) (?:pour|for) (?:ce soir|tonight|later)\\b.{0,40}\\b(?:avant|before|guts|courage)|' +
          '(?:bought|achete) (?:a |une )?(?:blade|lame|rope|corde)\\b.{0,40}\\b(?:not (?:for|using it for)|pas pour)',
      ),
      notOther: true,
    },
  ],
};
