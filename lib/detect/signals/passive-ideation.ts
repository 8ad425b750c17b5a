import { any, type Recogniser } from './cue.ts';

// C-SSRS level 1 and PHQ-9 item 9: the wish to be dead, to not wake up, to disappear;
// "better off dead", "they would be fine without me".

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
          'done with (?:life|living|existing)|' +
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
            '(?:relief|easier|better) (?:to )?(?:just )?not (?:be here|exist)(?: no more| anymore)?',
        ),
        // Not being there later, hoped: "hope i just won't be here in the morning", an accident wished.
        '(?:espere|hope) (?:\\S+ ){0,3}(?:me )?reveiller(?:ai|a|ais)? (?:pas|plus|jamais)',
        '(?:hop\\w*|wish\\w*|souhait\\w*) (?:\\S+ ){0,3}(?:something happens to me|(?:un|une|an?) (?:\\S+ )?(?:accident|crash)|the plane (?:goes down|crashes))',
        '(?:want|wan|wish|just) (?:\\S+ ){0,3}(?:sleep|rest) (?:for ever|forever|and done)',
        '(?:thinking|thinkin|think) about not (?:exis\\w*|being (?:here|alive))',
        '(?:peaceful|relief)\\b.{0,25}\\bto be dead|la mort serait (?:un )?(?:repos|soulagement)',
        '(?:meilleure vie|mieux|plus heureux) (?:\\S+ ){0,4}sans (?:\\S+ ){0,3}moi',
        'si je (?:me )?reveillais (?:pas|plus)(?: \\S+){0,4} (?:pas plus mal|pas grave)',
        '(?:god|dieu) (?:will |would )?(?:takes?|prenne) (?:me|moi)',
      ),
    },
    {
      re: any(
        '(?:envie de|veux|voulais|voudrais|aimerais|prefererais|souhaite|souhaiterais|rever de) (?:juste |simplement |tellement )?(?:mourir|crever(?! (?:le|la|les) (?:abces|pneu|bulle|plafond|ecran|ballon))|disparaitre(?! (?:sous|dans un trou|quelques|en vacances|une semaine|un moment|jusque|pendant|loin|au soleil))|plus exister|pas exister|plus etre la|plus vivre|me endormir pour toujours|dormir pour toujours|plus me reveiller|pas me reveiller|jamais me reveiller)|' +
          'me endormir et (?:jamais|plus|pas) me reveiller|' +
          '(?:pas|plus|jamais) me reveiller|' +
          '(?:plus|pas) exister|' +
          'plus etre (?:la|de ce monde)|' +
          'si je (?:etais plus la|disparaissais|mourais|partais pour de bon)|' +
          'quand je serai plus la|' +
          '(?:plus|bien plus|tellement plus) (?:simple|facile|leger|calme) (?:pour (?:tout le monde|eux|vous) )?sans moi|' +
          `mieux sans moi|` +
          'porterai(?:en)?t (?:bien )?mieux sans moi|' +
          'personne (?:verrait|remarquerait|se rendrait compte|me regretterait|me manquerait|pleurerait)|' +
          'verrait (?:pas )?la diff|' +
          '(?:marre|fatiguee?|lasse?) de (?:vivre|la vie|exister|etre en vie)|' +
          '(?:plus|pas) envie de (?:vivre|etre la|etre en vie|exister|continuer a vivre)|' +
          '(?:sert|servirait|bon|interet|pourquoi) (?:de )?(?:continuer a vivre|rester en vie)|' +
          'prefererais etre morte?|' +
          'mieux (?:si je etais|etre) morte?|' +
          'a quoi bon (?:vivre|continuer|me lever|tout ca|exister)|' +
          '(?:l?interet|sens|raison|but) de (?:vivre|continuer a vivre|me lever le matin)|' +
          '(?:ma )?vie (?:a|avait) plus (?:de|aucun) sens|' +
          'disparaitre (?:pour toujours|pour de bon|de la surface|definitivement|a jamais)|' +
          'que (?:tout|ca) (?:se )?arrete,? (?:\\S{1,20} )?(?:pour toujours|pour de bon|definitivement|a jamais)|' +
          '(?:la |ma )?vie (?:vaut|valait|vaudrait) (?:plus|pas|vraiment plus|plus vraiment) (?:la peine|le coup)|' +
          '(?:vaut|valait) (?:plus|pas) (?:la peine|le coup) (?:de vivre|de continuer|de me lever|de rester)',
      ),
    },
    {
      re: any(
        'wish (?:i|id) (?:was|were|could be) (?:dead|gone|never born)|' +
          'wish i (?:could|would) (?:just )?(?:die|disappear|stop existing|not exist|sleep forever|not wake up|vanish)|' +
          '(?:want|wanted|need) to (?:die|disappear|stop existing|not exist|vanish)|' +
          'not exist(?:ing)? anymore|' +
          '(?:be|be so much|would be|are|were) better off (?:dead|without me)|' +
          'better off dead|' +
          `(?:manage|cope|do|be|get by|go on|live) (?:just |perfectly |totally )?(?:fine|better|ok|okay|well) without me|` +
          'without me (?:they|everyone|everybody|the world)|' +
          '(?:never|not) (?:to )?wake up|' +
          'dont want to (?:wake up|be here|live|exist|be alive)|' +
          'no (?:reason|point) (?:to|in) (?:live|living|go on|going on|being alive)|' +
          'whats the point (?:of|in) (?:living|life|going on|being alive|anything|it all)|' +
          'point (?:of|in) (?:living|being alive)|' +
          '(?:tired|sick) of (?:living|being alive|life|existing)|' +
          // Not "if I left early", "for an hour": an absence from a place.
          '(?:no ?one|nobody) would (?:notice|care|miss me)(?! (?:\\S+ ){0,5}(?:for an?|early|late)\\b)|' +
          'if i (?:just |simply )?(?:died|was gone|were gone|disappeared|wasnt here|werent here|wasnt around)|' +
          'disappear (?:forever|for good)|' +
          '(?:if|when) i (?:wasnt|werent|was not|were not|am not|wasnt) (?:around|here|alive|there) anymore|' +
          'better off if i (?:wasnt|werent|was not|were not|was gone|were gone|died)|' +
          'never been born|' +
          'regrette (?:de )?(?:etre ne|etre nee|d etre ne)|' +
          '(?:want|need) (?:it|everything|all of it) to (?:be over|end)|' +
          '(?:wont|never|didnt|did not) (?:ever )?wake up|' +
          'wouldnt mind (?:if i )?(?:died|dying|not waking|disappearing)|' +
          'mieux morte?\\b|' +
          'disparaitre quelque part|' +
          `(?:mieux|bien|better|fine|happier|plus heureux|plus heureuse|plus simple|plus facile|easier) (?:\\S{1,20} ){0,2}(?:sans moi|without me)|` +
          'si je (?:me endormais|mourais|partais|disparaissais|etais plus la) (?:pour de bon|pour toujours|a jamais)|' +
          '(?:endormir|endormais|partir|dormir) (?:pour de bon|pour toujours|a jamais)|' +
          '(?:plus|aucune|pas de|sans) (?:\\S{1,20} ){0,2}(?:raison|sens|interet|but|envie|force)s? (?:\\S{1,20} ){0,6}(?:vivre|exister|rester en vie)\\b|' +
          '(?:mourir|la mort) (?:\\S{1,20} ){0,2}(?:fait|ferait) (?:plus|pas) peur|' +
          '(?:mourir|la mort|mort|disparaitre) (?:\\S{1,20} ){0,6}(?:soulagerait|soulagement|reposant|delivrance)|' +
          '(?:soulagerait|soulagement|reposant|delivrance) (?:\\S{1,20} ){0,4}(?:de mourir|de disparaitre|de plus exister|de plus etre la)|' +
          '(?:rather|prefer to) (?:be )?(?:dead|die)|' +
          'live or die|' +
          '(?:endormir|dormir|partir) (?:\\S{1,20} ){0,3}et que (?:ce|tout|ca) (?:soit|se) (?:fini|termine|arrete)|' +
          '(?:relief|better|easier|peaceful) (?:\\S{1,20} ){0,2}(?:not to exist|to not exist|not existing|to be gone|to disappear)|' +
          '(?:if i could|wish i could|want to|like to|id like to) (?:just |simply )?(?:vanish|disappear|stop existing|fade away)|' +
          'me reveille (?:pas|plus)\\W{1,3}(?:\\S{1,20} ){0,2}(?:tant mieux|tant pis|ce serait mieux|pas grave)|' +
          '(?:dont|didnt) wake up\\W{1,3}(?:\\S{1,20} ){0,2}(?:good|fine by me|so be it|whatever)|' +
          '(?:ce est|cest) fini pour moi|' +
          'its over for me|' +
          'si je (?:meurs|mourais|crevais|partais|disparaissais) (?:\\S{1,20} ){0,3}(?:ce serait|ca serait|serait|ca changerait) (?:pas plus mal|mieux|pas grave|un soulagement|rien)|' +
          'if i (?:died|die|was gone|disappeared) (?:\\S{1,20} ){0,3}(?:it|that) (?:wouldnt|would not|wont) (?:be )?(?:so |that |too )?(?:bad|matter|change anything)|' +
          '(?:want|wanna|need|would like|wish i could) (?:to )?(?:go to )?sleep (?:forever|for good|and never wake up|and not wake up)|' +
          '(?:life|living|my life) (?:isnt|is not|aint|doesnt feel|no longer feels?) (?:\\S{1,20} )?worth (?:it|living)|' +
          'not worth living|' +
          'lifes (?:not|no longer|isnt) (?:\\S{1,20} )?worth (?:it|living)|' +
          '(?:prefere|prefererais|aurais prefere|aurais aime|voudrais) (?:pas|jamais|ne jamais|ne pas) (?:etre nee?|naitre|avoir existe|exister)|' +
          '(?:death|dying|being dead) (?:\\S{1,20} ){0,4}(?:relief|doesnt scare|peaceful)|' +
          // A fatal accident hoped for: "qu'un camion me percute", "wish a car would hit me".
          '(?:espere|souhaite|voudrais|aimerais|envie|reve|prie|derangerait|hope|wish|pray)\\w* (?:\\S{1,20} ){0,3}(?:que |qu )?(?:un|une|le|la) (?:voiture|camion|bus|train|metro|avion|moto|tram|maladie|cancer|crise cardiaque|accident|balle)s? (?:\\S{1,20} ){0,2}(?:me (?:percute|renverse|roule dessus|ecrase|emporte|tue|fauche|tombe dessus)|me (?:\\S{1,20} )?(?:percute|renverse|ecrase|emporte))|' +
          // "I wouldn't mind if a car hit me": the wish said as a litotes.
          '(?:hope|wish|pray|wouldnt mind|wouldnt care)\\w* (?:\\S{1,20} ){0,3}(?:a|the) (?:car|truck|bus|train|lorry|plane|illness|disease|heart attack|bullet) (?:would |will |could )?(?:just )?(?:hit|kill|take|run over|crash with|go down with) (?:me|with me)|' +
          '(?:un|une|an?) (?:maladie|accident|voiture|camion|crise cardiaque|cancer|illness|accident|car|truck|heart attack) (?:qui me|that) (?:emporte|tue|fauche|renverse|percute|takes me|kills me|hits me)\\W{0,3}(?:\\S{1,20} ){0,4}(?:soulagement|tant mieux|pas grave|reposant|delivrance|relief|fine by me|wouldnt mind)|' +
          '(?:plane|flight|avion) (?:\\S{1,20} ){0,2}(?:goes down|crashes|se crashe|tombe) (?:with me|avec moi)|' +
          // Falling asleep and it being over, "fine by me".
          '(?:endors|endormais|endormir|dors|fermer les yeux|ferme les yeux) (?:\\S{1,20} ){0,4}(?:et que|and) (?:\\S{1,20} ){0,3}(?:ce (?:soit|etait|serait) fini|tout (?:soit|etait) fini|plus me reveille|me reveille pas|me reveille plus|that was it|never woke|didnt wake|not wake)|' +
          '(?:si|if) (?:tout|ca|everything|it all) (?:se )?(?:arretait|arrete|ended|stopped|finissait) (?:\\S{1,20} ){0,3}(?:ca|ce|that|it|i)(?: me)? (?:irait|derangerait pas|derangerait plus|would be fine|wouldnt mind|be ok|be fine|d be fine|d be ok)|' +
          '(?:id|i would|i d) be (?:fine|ok|okay|happy|at peace) (?:with )?(?:not waking|never waking|not being here|not existing|dying)(?! (?:up )?(?:early|before|at))|' +
          '(?:(?:went|go|going|fell|fall) to sleep|(?:fell|fall|falling) asleep) (?:\\S{1,20} ){0,3}(?:and )?(?:that was it|that was the end|never woke up|didnt wake up|not wake up|it was (?:all )?over)|' +
          '(?:close|closed|closing) my eyes (?:\\S{1,20} ){0,3}(?:and )?(?:never (?:wake|open)|not wake|it (?:was|would be) (?:all )?over)|' +
          // Better for everyone without me, in the subjunctive: "qu'il vaudrait mieux que je ne sois plus là".
          '(?:vaudrait|vaut|serait|ce serait) (?:\\S{1,20} ){0,4}mieux (?:\\S{1,20} ){0,4}que je (?:sois plus la|sois plus de ce monde|disparaisse|meure|existe plus|sois pas nee?|parte pour de bon)|' +
          '(?:seraient|serait|seraient bien|serait bien) (?:plus )?(?:tranquilles?|heureux|heureuses?|mieux|soulages?) (?:\\S{1,20} ){0,3}si je (?:existais|etais) (?:plus|pas)|' +
          '(?:better|easier) (?:\\S{1,20} ){0,3}if i (?:\\S{1,20} )?(?:wasnt|werent|was not|were not) (?:here|around|alive)(?! (?:for|in|at|on|during|tomorrow|next)\\b)|' +
          '(?:if|when) i (?:\\S{1,20} )?(?:wasnt|werent|was not|were not) (?:around|here|alive) anymore|' +
          // Why go on: "jvois pas pk je continuerais", "I don't see why I'd keep going".
          '(?:pourquoi|pk|why) (?:je )?(?:continuerais|continuer|would i (?:go on|keep going|carry on)|id (?:go on|keep going|carry on)|go on|keep going|carry on|stay alive|rester en vie)(?=\\s*$|\\s*[,.!?]| tbh| honnetement| franchement| en fait| a vivre| comme ca| really)|' +
          '(?:si|if) (?:je|i) (?:etais|avais|had|was|were) (?:pas|jamais|never) (?:nee?|existe|ete la|been born|born|existed)|' +
          // "si j'étais pas né(e)": the folded text reads "si je etais pas" (the "ne" is dropped).
          'si je (?:etais|avais) (?:pas|jamais)(?: nee?| existe| ete la| la)? (?:\\S{1,20} ){0,4}(?:se en porterai(?:en)?t|porterai(?:en)?t|serai(?:en)?t) (?:bien |tellement )?(?:mieux|plus heureux|plus heureuses|plus tranquilles?)|' +
          '(?:hop\\w*|wish\\w*) (?:\\S{1,20} ){0,1}i (?:just )?(?:dont|wont|never|didnt) wake up|' +
          'stop(?:ped|s)? existing|' +
          '(?:wouldnt|would not|isnt|wouldnt really) be (?:the worst thing|so bad|a bad thing|a loss) if i (?:\\S{1,20} )?(?:died|stopped|disappeared|was gone|wasnt here|didnt wake)|' +
          // What is the point of my still being here; life is not for me.
          '(?:a quoi|sert a quoi|a quoi ca sert|a quoi bon) (?:ca sert )?(?:que je (?:sois|reste)|de etre|de rester) (?:encore )?(?:la|en vie|vivante?|sur terre|ici)|' +
          '(?:whats the point|why bother|what is the point) (?:of )?(?:me )?(?:still )?(?:being here|being around|being alive|staying alive)|' +
          '(?:la vie|vivre|cette vie)(?:,)? (?:ce est|est) (?:juste |vraiment |simplement )?(?:pas|plus) (?:pour moi|fait pour moi|faite pour moi)|' +
          '(?:life|living) (?:isnt|is not|just isnt|was never) (?:for me|meant for me|made for me)|' +
          '(?:better|easier|simpler) (?:\\S{1,20} ){0,3}if i (?:\\S{1,20} )?(?:wasnt|werent|was not|were not) in the picture|' +
          'if i (?:\\S{1,20} )?(?:was|were|went) out of the picture|' +
          'pray\\w* (?:\\S{1,20} ){0,3}(?:that )?i (?:dont|wont|never|didnt) wake up|' +
          '(?:prie|espere) (?:\\S{1,20} ){0,3}pour (?:pas|plus|jamais) me reveiller|' +
          '(?:dont|wouldnt|do not|couldnt) (?:even )?care (?:\\S{1,20} ){0,2}if i (?:die(?! my| your| it| them| the| her| his)|died|live|lived|dont wake up|didnt wake up|never wake up)|' +
          'idc if i (?:die|died|live)|' +
          '(?:je me en fous|je me fous|ca me est egal|peu importe) (?:\\S{1,20} ){0,2}(?:de mourir|si je meurs|si je creve|de crever|de vivre ou (?:de )?mourir)|' +
          '(?:aurais|aurait) (?:jamais|pas) (?:du|pu) naitre|jamais du naitre|' +
          // Not wanting another day.
          '(?:espere|esperer) que demain (?:arrive|arrivera) (?:pas|plus|jamais)|' +
          'hop\\w* (?:\\S{1,20} ){0,2}(?:i|id) (?:dont|wont|never) (?:have to )?(?:do|face|see|live) (?:another|one more) day|' +
          '(?:cant|dont want to|can not) (?:face|do|live|survive) (?:another|one more) day (?:of (?:being alive|living|this life|existing))|' +
          '(?:veux|veut) plus (?:\\S{1,20} ){0,3}(?:de )?(?:journees|jours) du tout|' +
          'je en veux plus du tout,? (?:de )?(?:journees|jours|vie)|' +
          '(?:veux|voudrais) plus de (?:cette|ma) vie|' +
          // "si je me réveillais pas demain, ce serait pas si grave": the wish, said as a
          // condition, with the relief before or after it.
          '(?:plus simple|plus facile|mieux|easier|simpler|better) (?:\\S{1,20} ){0,3}(?:si|if) (?:je|i) (?:\\S{1,20} ){0,2}(?:reveillais (?:pas|plus)|(?:never|didnt) wake|disparaissais|mourais|etais plus la|died|disappeared|wasnt (?:here|around))|' +
          '(?:si|if) (?:je|i) (?:\\S{1,20} ){0,2}(?:(?:reveillais|reveillerais) (?:pas|plus|jamais)|(?:never|didnt|did not) (?:woke|wake)|endormais (?:\\S{1,20} ){0,2}(?:sans|pour toujours|forever)|disparaissais|mourais|died|disappeared|vanished)\\b.{0,70}\\b(?:grave|reposant|irait|changerait rien|manquerait|relief|soulagement|(?:matter|notice|clock|care|miss me)\\b|nobody would|personne (?:ne )?(?:remarquerait|verrait)|(?:be|serait) (?:fine|better|mieux|plus simple)|mieux)|' +
          '(?:fade|fading) (?:away|out)(?! (?:from|of) (?:the|this|social)\\b)(?=.{0,60}\\b(?:problem|burden|notice|anymore|forever|for good|me)\\b)',
      ),
    },
    {
      re: any(
        '(?:vais|veux|voudrais) tout arreter|' +
          'que (?:tout|ca) (?:se )?arrete|' +
          'want (?:it all|everything) to stop',
      ),
      weight: 1,
    },
    {
      // Waiting for it all to end, praying not to see the morning, an accident as a
      // relief, erased, not seeing oneself still here, no use in living.
      re: any(
        '(?:attends|hate|cant wait|waiting) (?:juste )?(?:que|for) (?:tout )?(?:ca|tout|it all|everything) (?:finisse|se arrete|to (?:end|be over|stop))|' +
          '(?:prie|pray|espere|hope) (?:pour |de |to )?(?:pas|not|ne pas|never) (?:voir|see|wake up to) (?:le matin|the morning|demain|tomorrow)|' +
          '(?:si|if) (?:je|i) (?:\\S+ ){0,3}(?:accident|renverser|run over|hit by)\\b.{0,40}\\b(?:soulagement|relief|tant pis|so be it|regle le probleme)|' +
          'erase myself|autant que je (?:sois|soit) plus la|' +
          '(?:dont|cant|pas) (?:see|vois) (?:myself|me) (?:still )?(?:here|la|alive|vivante?) (?:next|dans|a|l)|' +
          '(?:serait|would be|itd be) (?:\\S+ ){0,2}(?:reposant|a relief|un soulagement|easier|restful|peaceful) (?:de |to )(?:just )?(?:plus rien (?:ressentir|sentir)|stop)(?=\\s*$|\\s*[,.!?]| everything| tout)|' +
          '(?:use|point) of (?:living|being alive)|(?:dont|pas|not) make it (?:thr(?:ough|u) )?(?:the |this |le )?(?:winter|year|week|hiver)(?! without| sans)|' +
          '(?:sleep|dormir) and (?:be )?done|deja partie?\\b.{0,30}\\b(?:corps|body)',
      ),
    },
  ],
};
