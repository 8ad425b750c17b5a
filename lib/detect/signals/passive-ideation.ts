import { any, packedCue, type Recogniser } from './cue.ts';

// C-SSRS level 1 and PHQ-9 item 9: the wish to be dead, to not wake up, to disappear;
// "better off dead", "they would be fine without me".

/** Leaving a job or a town: "plus rien me retient ici, je démissionne". */
const NOT_LEAVING =
  '(?!.{0,60}\\b(?:demission\\w*|quitte|demenag\\w*|pars|moving|move|quit|quitting|leaving|resign\\w*)\\b)';
/** Where the message or its clause ends: no shift, task or day named after the wish. */
const END = '(?=\\s*(?:$|[,.!?]|tbh|ngl|honestly|to be honest|really|vraiment))';
// One group of alternatives, each closed by END.
const ended = (alternatives: string) => [`(?:${alternatives})${END}`];

export const passiveIdeation: Recogniser = {
  category: 'passive-ideation',
  cues: [
    // Phone-typed families, first: where two cues start together the earlier is read.
    {
      re: any(
        ...ended(
          'done with (?:life|living|existing|being alive)|' +
            // What the writer is for, waking up at all, a world to leave: "à quoi je sers encore",
            // "tired of waking up", "j'ai plus ma place nulle part", "nothing's keeping me here".
            'a quoi je sers(?: encore)?|(?:whats|what is) the point of me|' +
            '(?:tired|sick) of (?:being here|fighting to stay alive)|(?:marre|fatiguee?|lasse?) de me battre pour (?:rester en vie|vivre)|' +
            'i (?:shouldnt|should not) (?:exist|be alive)|' +
            'disappointed (?:that )?i (?:woke up|wake up|am still alive)|' +
            '(?:plus|pas) ma place (?:ici,? )?(?:nulle part|sur (?:cette )?terre|dans ce monde)|' +
            '(?:dont|do not) belong (?:anywhere|in this world|on this earth)|' +
            `(?:(?:plus )?rien (?:ne )?me retient(?: ici| sur terre| en vie)?|nothing(?:s| is)? keeping me (?:here|alive|going)(?: anymore)?)${NOT_LEAVING}|` +
            '(?:voudrais|veux|aimerais) (?:juste )?que tout se eteigne|' +
            '(?:rejoindre|retrouver|join|be with) (?:\\S+ ){1,2}(?:la haut|au ciel|in heaven|up there)|' +
            '(?:ive|je ai) (?:lived (?:long )?enough|assez vecu)|' +
            '(?:wont|not) be around (?:much|for much) longer|' +
            '(?:dont|do not) (?:really )?want to (?:be here|be alive|live) anymore|' +
            'no reason to (?:keep going|carry on|stay alive)|' +
            'dont care what happens to me(?: now)?|' +
            '(?:nobody|no one) (?:would|will) (?:even )?(?:notice|care) if i (?:was|were) gone|' +
            'changerait (?:quoi|rien)(?: pour personne)? (?:que je sois la ou pas|si je etais plus la)|' +
            'serai (?:bientot )?plus un (?:poids|souci)(?: pour personne)?|' +
            // The "without me" left unsaid: "everyone would be better off", "what's even the point".
            '(?:everyone|everybody|they|my family) (?:would|will|d) (?:all )?be (?:so much |much )?better off|' +
            '(?:tout le monde|ils|ma famille) (?:se )?(?:serai(?:en)?t|porterai(?:en)?t) (?:tellement |bien )?mieux|' +
            '(?:whats|what is) (?:even the point(?: anymore)?|the point anymore)|' +
            '(?:why|pourquoi) (?:im|je suis) (?:still|encore) (?:here|alive|en vie)|' +
            'id rather not (?:be alive|exist|be here)|' +
            'hop\\w* (?:\\S+ ){0,2}(?:wont|dont) (?:be here|wake up) (?:in the morning|tomorrow)|' +
            'no point (?:in )?(?:going on|carrying on|living)|' +
            '(?<!(?:says|said|dit que) )(?:je suis|im) (?:\\S+ ){0,2}(?:de trop sur cette terre|a waste of (?:air|space))|' +
            '(?:relief|easier|better|nice) (?:to )?(?:just )?not (?:be here|exist)(?: no more| anymore)?',
        ),
        // Not being there later, hoped: "hope i just won't be here in the morning", an accident wished.
        '(?:espere|hope) (?:\\S+ ){0,3}(?:me )?reveiller(?:ai|a|ais)? (?:pas|plus|jamais)',
        '(?:hop\\w*|wish\\w*|souhait\\w*) (?:\\S+ ){0,3}(?:something happens to me|(?:un|une|an?) (?:\\S+ )?(?:accident|crash)|the plane (?:goes down|crashes))',
        '(?:want|wan|wish|just) (?:\\S+ ){0,3}(?:sleep|rest) (?:for ever|forever|and done)',
        // Sleep and not come back: "dormir et plus jamais revenir", "sleep and never come back".
        '(?:sleep|asleep|dormir|endormir) (?:and|et) (?:de )?(?:not|never|plus|pas|jamais|plus jamais) (?:come back|revenir)(?! (?:to|a|au|from|de|home|before|avant|until|till|jusque)\\b)',
        // Tiredness of living said sideways: "can't be bothered being alive", "wishing I wasn't here".
        'cant (?:be bothered )?(?:\\S+ )?(?:being alive|living|existing)(?= anymore|\\s*$|\\s*[,.!?])',
        'wish(?:ing)? (?:i|id) (?:wasnt|werent|was not|were not) (?:here|around|alive)(?= anymore|\\s*$|\\s*[,.!?])',
        '(?:thinking|thinkin|think) about not (?:exis\\w*|being (?:here|alive))',
        // Not afraid of death any more, a born life regretted, an end in one's sleep, a future
        // foreclosed: "la mort me fait plus peur", "why was I even born", "partir pendant mon
        // sommeil", "je me vois pas vieillir", "I hope I get hit by a car".
        '(?:not|no longer) (?:scared|afraid) of (?:dying|death)(?! on stage| in (?:the )?game)',
        // Waking up at all, not at an hour: "tired of waking up", "déçue de me réveiller".
        '(?:(?:tired|sick) of|(?:marre|fatiguee?|lasse?|decue?) de) (?:waking up|me reveiller)(?! (?:a|at|avant|before|early|tot|si tot|so early|\\d))',
        'why (?:was|am) i (?:even )?(?:born|alive)|pourquoi je suis (?:nee?|en vie)',
        '(?:partais|partir|mourir|mourais|die|died|go|went|pass away) (?:\\S+ )?(?:pendant|dans|in) (?:mon|my) (?:sommeil|sleep)',
        '(?:(?:dont|cant) see myself (?:getting|growing|get|grow) old|me vois (?:pas|plus|jamais) vieillir)(?! (?:ici|dans|en|a|au|chez|in|at|here)\\b)',
        '(?:hope|wish|pray)\\w* (?:\\S+ ){0,2}(?:i )?(?:get|gets|got) (?:hit|run over|killed) by (?:a|the) (?:car|bus|truck|lorry|train|tram)|(?:espere|souhaite|aimerais|voudrais) (?:\\S+ ){0,2}me faire (?:renverser|percuter|ecraser|faucher)',
        '(?:peaceful|relief)\\b.{0,25}\\bto be dead|la mort serait (?:un )?(?:repos|soulagement)',
        '(?:meilleure vie|mieux|plus heureux) (?:\\S+ ){0,4}sans (?:\\S+ ){0,3}moi',
        'si je (?:me )?reveillais (?:pas|plus)(?: \\S+){0,4} (?:pas plus mal|pas grave)',
        '(?:god|dieu) (?:will |would )?(?:takes?|prenne) (?:me|moi)',
      ),
    },
    packedCue('passive-want-to-die'),
    // The wish in its many plain forms, kept as text in cues.txt (read on first use).
    packedCue('passive-wish'),
    {
      re: any(
        '(?:vais|veux|voudrais) tout arreter|' +
          'que (?:tout|ca) (?:se )?arrete|' +
          'want (?:it all|everything) to stop',
      ),
      weight: 1,
    },
    // Waiting for it all to end, praying not to see the morning, an accident as a
    // relief, erased, not seeing oneself still here, no use in living.
    packedCue('passive-waiting-end'),
    // Told indirectly: tired of living, an accident that "wouldn't be so bad", joining
    // the dead, easier for everyone if I were gone.
    packedCue('passive-indirect'),
  ],
};
