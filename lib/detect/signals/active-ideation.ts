import { any, signs, type Recogniser } from './cue.ts';

// A word and its space, in the gaps between the words of a cue.
const W = '(?:\\S+ )';

const TAKEN = `(?:pris|prendre|avale\\w*|took|swallowed|taken|downed|necked) ${W}{0,2}`;
const GAP4 = `${W}{0,4}`;
const PILL =
  '(?:gelules|cachets|comprimes|pilules|medicaments|medocs|somniferes|anxiolytiques|stilnox|xanax|lexomil|doliprane|paracetamol|painkillers|antidepress\\w*|pills|tablets|tabs|meds)';

// C-SSRS levels 2 to 5: thoughts of suicide, method, intent, plan; and an attempt under
// way (an overdose taken, standing on the edge).
export const activeIdeation: Recogniser = {
  category: 'active-ideation',
  cues: [
    {
      re: any(
        '(?:envie de|veux|vais|voudrais|aimerais|pense a|penser a|pense souvent a|songe a|compte|prevois de|ai decide de) (?:me tuer|mettre fin a tout|me jeter|sauter(?= (?:du|de le|de la|par|sous|dans le vide|ce soir|cette nuit|maintenant)\\b|\\s*$|\\s*[,.!])|me pendre|tout arreter pour de bon)|' +
          'me suicider|' +
          // A method looked up (C-SSRS: thoughts with a method): how high, how much is lethal;
          // not for a stated outing (a quiz, a visit, a view).
          `(?:looked up|looking up|look up|googl\\w*|searched|search|renseigne\\w*|cherche\\w*) ${GAP4}(?:(?:bridge|pont|building|immeuble|tour|tower|falaise|cliff|toit|roof)s? ${GAP4}(?:highest|tallest|plus hauts?)|(?:highest|tallest|plus hauts?) ${W}?(?:bridge|pont|building|immeuble|tour|tower|falaise|cliff|toit|roof)|dose ${W}{0,2}(?:mortelle|letale|lethal)|lethal dose|(?:how many|combien de) ${PILL} ${GAP4}(?:to die|it takes|would kill|to overdose|to not wake up|pour mourir|faudrait(?! pour (?:une?|la|le|ma|mon))|pour ne (?:plus|pas) me reveiller))(?!.{0,40}\\b(?:quiz|visite?s?|photos?|trip|voyage|touris\\w*|view|vue|rooftop|restaurant|bar)\\b)|` +
          'how to (?:hang|kill|poison|drown) (?:myself|yourself|oneself)|' +
          // Said with no pronoun ("suicide thoughts again tonight"), not of someone else.
          '(?:suicide|suicidal)(?<!(?:with|has|have|had|his|her|their|about|of|on|someone|people) (?:suicide|suicidal)) (?:thoughts|urges|ideas?|ideation)|' +
          '(?:pensees|idees)(?<!(?:sa|son|ses|leur|leurs|qui a des|qui ont des|il a des|elle a des|ils ont des|sur les|des|les) (?:pensees|idees)) (?:suicidaires|de suicide)|' +
          'suicidaire|' +
          'pense au suicide|' +
          'en finir(?! avec (?:ce|cette|ces|le|la|les|mon|ma|mes) (?!vie))|' +
          'mettre fin a (?:mes jours|ma vie)|' +
          'me foutre en le air|' +
          'me jeter (?:sous|par|du|de|dans|devant)|' +
          // Said as a threat: "si je rate encore, je me jette du balcon".
          '(?<!(?:ai|a|as|avons|avez|ont) )(?:me jette|saute) (?:du (?!lit|haut)|de le (?!lit)|de la (?!voiture)|par la fenetre|dans le vide|sous (?:le|un))|' +
          '(?:im|i will|ill|i am) (?:jumping|going to jump|walking|going to walk|gonna walk|jump) (?:off|from|into) (?:the|a) (?:bridge|roof|river|sea|building|balcony|tracks)|' +
          'comment (?:on fait pour |faire pour )?(?:(?:me|se) (?:pendre|suicider|tuer|empoisonner|noyer)|mourir sans)|' +
          // "combien de comprimés max par jour pour une migraine ?" is a dose question.
          `combien de (?:boites|${PILL})(?!.{0,60}\\b(?:par jour|max|maximum|migraine|mal de|douleur|fievre|rhume|regles)\\b)|` +
          '(?:sais|ai choisi|ai decide) (?:comment|quand|ou) je vais (?:le faire|faire|partir)|' +
          'ai (?:un plan(?! pour (?!partir(?! en| a | au| pour))| de)|tout prevu|choisi la date|choisi le jour)|' +
          'passer a le acte|' +
          'plus (?:de|aucune) raison de vivre|' +
          `(?:pense|pensee?s?|songe|reve)[rs]? ${W}{0,3}a (?:la mort(?! de| d)|mourir|me tuer|le suicide|en finir)\\b|` +
          '(?:achete|acheter|commande|commander|trouve) (?:une corde|des lames|une arme|un flingue|un pistolet|de quoi en finir)|' +
          '(?<!impression de )(?<!comme si je )me (?:tirer une balle|noyer|taillader les veines|ouvrir les veines|jeter par la fenetre|jeter sous)|' +
          `(?:cache|caches|cachees?|planque|planquees?|garde|gardees?|mis de cote) ${W}{0,1}(?:des |une |mes |la |les )?(?:lames|rasoirs?|corde|cachets|comprimes|medicaments|somniferes|arme)|` +
          'sais (?:exactement |deja )?(?:comment|quand|ou) je (?:le ferais|vais le faire|le ferai|ferais ca|partirais)|' +
          'combien (?:de \\w+ )?il (?:faut|faudrait|en faut|en faudrait) (?:pour|de)',
      ),
    },
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
    {
      re: any(
        'kill(?:ing)? myself|' +
          'end(?:ing)? (?:it all|my life|things for good|everything)|' +
          'take my (?:own )?life|' +
          'want to end it|' +
          '(?:think|thinking|thought|thoughts) (?:about|of) (?:dying|death|ending it|ending my life|suicide|killing myself)|' +
          'suicidal(?<!(?:with|has|have|had|his|her|their|about|someone|people|person|is|are|was|were|seems|sounds|feels) suicidal)|' +
          'how many (?:pills|tablets|sleeping pills)|' +
          `how many (?:of )?(?:my |the |those )?(?:pills|tablets|meds|sleeping pills|painkillers) ${W}{0,2}(?:take|enough|kill|needed)|` +
          '(?:hid|hidden|hiding|stashed|kept|keeping|saved) (?:some |a |my |the )?(?:blades?|razors?|a rope|rope|pills|a gun|tablets)|' +
          'know (?:exactly |already )?(?:how|when|where) (?:id|i would|ill|i will|im going to|i could) (?:do it|end it|go)|' +
          '(?:looked|looking|look) up how to (?:die|kill|end)|' +
          'jump (?:off|in front of|from)|' +
          'hang myself|' +
          'ive (?:got |made )?a plan(?! to| for)|' +
          'dont want to live|' +
          'end it (?:tonight|today|now|this weekend|soon)|' +
          '(?:bought|ordered|got|buying) (?:a rope|razor blades|a gun|a weapon|enough pills)|' +
          '(?:shoot|drown|poison) myself|' +
          'slit my wrists|' +
          `(?:thought|thinking|think|tempted|want|wanted|urge|could|might) (?:about |of |to )?(?:driving|crashing|drive|crash|steering|steer) ${W}{0,3}(?:into|off) (?:a |the )?(?:wall|tree|bridge|truck|lorry|river|cliff|road)|` +
          `(?:envie|pense|tentee?|tente) (?:de |a )?${W}{0,4}(?:foncer|me planter|me jeter|aller) ${W}{0,3}(?:dans|contre|sous) (?:un|le|la|une) (?:mur|arbre|platane|camion|pont|voiture)|` +
          '(?:going to|im about to|ill|i will|im gonna) (?:jump(?! (?:on|in|into|onto|to|at|ahead|back|over|through|right|straight)\\b)|end it(?! early)(?: all)?|kill myself|take (?:them all|all of them|the lot|it all)|take all my pills)(?: \\S{1,20}){0,2} (?:tonight|today|now|this weekend|tomorrow|soon|on \\w+day)|' +
          // A plan written down, a plan named, "j'en finis ce soir".
          '(?:written|wrote|noted|jotted|worked out|figured out|planned out) (?:down )?(?:exactly )?how (?:id|i would|i will|ill|im going to|to) (?:do it|end it|go|die)|' +
          '(?:ecrit|note|prevu|planifie|prepare|reflechi a) (?:exactement )?(?:comment|quand|ou) je (?:le ferais|vais le faire|le ferai|ferais|vais partir|partirais)|' +
          // The moment chosen: "ce soir c'est le bon soir".
          '(?:ce soir|cette nuit) (?:ce est|est) (?:le bon soir|la bonne nuit|le bon moment)(?!(?: \\S+){0,2} pour (?!me |moi))|' +
          '(?:je )?en finis(?: ce soir| cette nuit| demain| aujourde hui| maintenant|\\s*[,.!]|\\s*$)|' +
          '(?:my|the) plan is (?:the |to )?(?:bridge(?! loan| round| financing| year| role| the gap)|jump|pills|rope|train|tracks|roof|overdose|take (?:all|them)|hang|drown)|' +
          '(?:mon|le) plan(?:,)? (?:ce est|est|cest) (?:le pont|les rails|le train|les cachets|la corde|le toit|de sauter|de tout avaler)|' +
          // Researching a way: "painless ways to go", "une façon douce de partir".
          '(?:painless|quick|quickest|easy|easiest|best|surest|peaceful) (?:ways?|methods?) (?:to|of) (?:die|dying|go|end it|kill myself|do it)|' +
          `(?:facon|moyen|methode|maniere)s? ${W}?(?:sans douleur|indolores?|rapides?|douces?|efficaces?) (?:de |pour )(?:mourir|partir|en finir|me tuer)|` +
          `(?:researching|googling|reading about|looking up|searching) ${W}?(?:ways|how) to (?:die|go|end it|kill myself)|` +
          '(?:me|se) (?:foutre|balancer|lancer|mettre|jeter) (?:sous|devant) (?:le |la |un |une )?(?:metro|train|rer|tram|camion|bus|voiture|voie)|' +
          // Researching a height or a dose.
          `(?:looked up|look up|googled|google|searched|checked|check|calculated|worked out|found out) ${W}{0,2}(?:how (?:high|tall|deep|far down)|the height of|what (?:dose|amount)|how much ${W}?(?:it takes|would kill|is lethal|is fatal))(?=.{0,80}\\b(?:enough|lethal|fatal|deadly|kill|die|it would|would be|do it|bridge|roof|car park|building|cliff|tracks|meds|pills|tablets)\\b)|` +
          `(?:dose|amount|quantity) ${W}{0,4}(?:would be|is) (?:lethal|fatal|deadly|enough to die)|` +
          `(?:regarde|cherche|verifie|calcule|compte|google|demande) ${W}{0,2}(?:la hauteur (?:du|de le|de la|des) (?:pont|parking|immeuble|toit|falaise|viaduc|tour|batiment)|combien (?:de \\w+ )?il (?:faut|faudrait|en faut)|la dose (?:mortelle|letale|qui tue)|les cachets qui me restent|ce qui me reste de ${PILL})|` +
          `(?:ca|ce|cela|it|its|thats|that) ${W}?(?:suffirait|devrait suffire|suffira|would be enough|should be enough|is enough|high enough)(?=\\W*$)|` +
          '(?:high|haut|haute|assez haut) enough\\b|' +
          'pour que ce soit fini|' +
          // A place scouted and thought about.
          '(?:repere|trouve|found|picked|scouted) (?:un |le |la |a |the )?(?:endroit|coin|spot|place|pont|toit|bridge|roof)\\b(?=.{0,80}\\b(?:accessible|personne|nobody|no one|haut|high|la nuit|at night|pense|think|verrait|would see|sauter|jump)\\b)|' +
          `(?:passe|passer|walk|walking|walked|drive|driving) ${W}{0,3}(?:sur le pont|le pont|les voies|les rails|the tracks|the bridge|the rails|the edge|le quai|the platform) ${W}{0,3}(?:et (?:je )?(?:y |je y )?pense|and ${W}?(?:think|thinking) about it)|` +
          `(?:pont|toit|voies|rails|quai|bridge|roof|tracks|platform|falaise|cliffs?|gas|gaz|rope|corde|pills|cachets|blade|lame|gun)\\b ${W}{0,8}(?:je y pense|y pense tous|i think about it|thinking about it)|` +
          // A day chosen, provision made for those left behind.
          '(?:ive |i have |i )?(?:picked|chosen|set|decided on|decided) (?:a |the )?(?:day|date|when)(?=\\s*[,.!;]|\\s*$| and i| its| it will| itll)(?!.{0,40}\\b(?:meeting|call|launch|party|wedding|interview|trip|holiday|move|deadline|release|offsite)\\b)|' +
          '(?:ai |je ai )?(?:choisi|decide|fixe) (?:quand|le jour|la date)(?=\\s*[,.!;]|\\s*$| et je| ce sera| ce serait)(?!.{0,40}\\b(?:reunion|pot|fete|mariage|entretien|vacances|demenagement|lancement|rdv|rendez vous|soutenance)\\b)|' +
          `(?:ce est|ce sera) decide,? ce (?:sera|serait) ${W}{0,4}(?:apres|avant) (?:avoir |le |la |mon |ma )?(?:rendu|paie|paye|anniversaire|dit au revoir|fini|range)|` +
          '(?:so|pour ne pas|pour pas) (?:i dont |je )?(?:ruin|gacher) (?:it|son|sa|leur|her|his|their)|' +
          // Medication put aside (any adjective before it).
          `(?:hoard|hoarding|hoarded|stockpil\\w*|sav\\w* up|stashing|stashed) ${W}{0,2}(?:medication|${PILL})|` +
          `(?:garde|gardais|met\\w*|mis|stocke\\w*|accumule) ${W}{0,3}${PILL} de cote|` +
          `(?:mis|mets|garde) de cote ${W}{0,2}${PILL}|` +
          '(?:planning|planned|plan|planed) (?:how|when|where) (?:i|to|id|ill) (?:would |will |ll |could |might )?(?:do it|end it|die|go)|' +
          '(?:thinking|think|thought|dream|dreaming) (?:of|about) (?:jumping|ending|killing|dying|hanging|overdosing|taking all|drowning|crashing)|' +
          `${PILL} (?:saved|stashed|hidden|hoarded)`,
      ),
    },
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
    {
      // An act under way against oneself: gas, a car in a shut garage, walking into the
      // sea, edging to the platform, every pill, pills on top of drink with effects.
      re: any(
        '(?:ouvert|allume|turned on|opened|left on) (?:le gaz|the gas)(?!.{0,40}\\b(?:pates|eau|bout|bouill\\w*|cuire|cuisson|boil\\w*|cook\\w*|kettle|pan|water|dinner|diner|repas)\\b)|' +
          '(?:le gaz|the gas) (?:est |is )?(?:ouvert|on)\\b.{0,40}\\b(?:fenetres|windows)|' +
          '(?:(?:engine|moteur|car|voiture) (?:is |qui )?(?:running|tourne|allume|en marche)\\b.{0,40}\\bgarage|garage\\b.{0,40}\\b(?:engine|moteur) (?:running|tourne|allume|en marche))(?!.{0,40}\\b(?:warm|chauffe|open|ouverte?|rough|left it))|' +
          '(?:in the water|into the (?:water|sea|river|lake)|dans (?:le eau|la mer|la riviere))\\b.{0,60}\\b(?:dont want to (?:go|turn|come) back(?! in)|veux pas (?:revenir|rentrer|faire demi tour))|' +
          '(?:me rapproch\\w*|getting closer|moving closer|step\\w* closer) (?:du|de le|de la|to the) (?:bord|edge|quai|voie|rails|tracks)|' +
          '(?:swallowed|took|taken|avale|pris) (?:every|chaque) (?:pill|tablet|cachet|comprime)|' +
          `(?:bu|drank|drunk|vodka|whisky|alcool|wine|vin)\\b.{0,40}\\b(?:pris|took|taken|avale|swallowed)\\b.{0,40}\\b${PILL}\\b(?=.{0,60}\\b(?:tourne|flou|spinning|dizzy|weird|sleepy|vomi\\w*|blurry|scared|peur)\\b)`,
      ),
      now: true,
      serious: true,
    },
    {
      // Intent, a plan and a date, the means counted out or ready, a place chosen, a
      // dose looked up: C-SSRS levels 3 to 5, as people type them.
      re: any(
        '(?:going to|will|ill|im|about to|ready to|decided to) end (?:it|things|everything|it all)(?! with| between| early| there| here| on| at)|' +
          `${PILL} ${W}{0,2}(?:counted|lined|laid) (?:out|up)|(?:counted|lined|laid) (?:out|up) ${W}{0,2}(?:pills|tablets|meds)|` +
          'a (?:date|day) (?:picked |set )?for when (?:im going to|ill|i will) do it|' +
          'decided (?:im|ill|to) (?:do|doing) it\\b|' +
          '\\bje (?:saute|me jette|me pends)(?=\\s*(?:$|[,.!])| ca y est| ce est decide| ce soir| cette nuit)|' +
          '(?:teste|essaye|tested|tried) (?:le |la |the |a |my |mon |ma )?(?:noeud|corde|ceinture|belt|rope|noose)\\b(?! de| a | for)|' +
          'me supprimer(?! de| du| des)|' +
          '(?:choisi|repere|picked|chosen|know which|sais quel) (?:le |la |un |une |the |a )?(?:pont|bridge|falaise|cliffs?|viaduc|endroit (?:sur|du|de la|on|at) (?:la |le |the )?(?:pont|falaise|cliff|bridge))\\b(?!.{0,40}\\b(?:pique|picnic|photo|velo|cycl\\w*|bike|run\\w*|courir|walk\\w*|balade|rando\\w*|sortie|pour (?:la|le|les|une?|notre)|for (?:the|a|our)))|' +
          `(?:what|which) (?:dose|amount) ${W}{0,3}(?:is too much|would kill|is lethal|is fatal)|` +
          `(?:reading|read|research\\w*|look\\w* up|lookin up|google\\w*|search\\w*) (?:about )?(?:which|what|how) ${W}{0,3}(?:kills? (?:you|me)|(?:dont|wouldnt) hurt(?=\\s*(?:$|[,.!]))|is painless|it takes\\b(?! to))|` +
          'and (?:not|never) (?:come|coming) back\\b(?! (?:until|till|before|for|to|by|at))|' +
          '(?:got|have|ive) (?:the|a) rope (?:in|ready)|(?:the|a|la|une) (?:rope|corde)\\b(?! a | de| for| pour).{0,60}\\b(?:use it|me en servir)',
      ),
      unless: /\b(?:holiday|vacances|bali|trip|voyage)\b/,
    },
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
    {
      // An act under way: counted even after a joke marker, and urgent.
      re: any(
        // A container counts only when no other thing fills it ("toute la boîte de mouchoirs").
        `(?:aval\\w*|pris|prendre) (?:toute? |tous |toutes )(?:la |ma |mes |une |le |les )?(?:(?:boite|plaquette|tube|flacon)(?! de (?!${PILL}))|${PILL})|` +
          // The means at hand, all of them: "in my car with all my pills".
          `(?:with|avec) (?:all|tous|toutes) (?:of )?(?:my|mes) ${PILL}(?!.{0,40}\\b(?:valise|suitcase|sac|bag|trousse|voyage|trip|travel|pharmacie|pharmacy|ordonnance|prescription|medecin|doctor|rdv|appointment))|` +
          '(?:took|swallowed|taken) (?:all|the whole|a whole|the entire|an entire) (?:of )?(?:my |the |a )?(?:bottle|box|pack|packet)(?! of (?!pills|tablets|meds|sleeping|pain)| to | back| out)|' +
          '(?:took|swallowed|taken) (?:the whole|the entire|every one of) (?:my |of my |the )?(?:pills|tablets|meds)|' +
          `sur le (?:balcon|rebord|parapet) ${W}{0,4}(?:sauter|envie de|me jeter)|` +
          'overdosed?|' +
          // Too much of a medicine, just taken, in any spelling: a quantity beyond a dose, or
          // all of it with a time just past or an effect felt.
          `${TAKEN}(?:(?:way|far) (?:too|to) many|too many|so many|(?:trop|plein|beaucoup|une poignee|un tas) de|(?:a|one) (?:lot|bunch|load|ton|handful|whole lot|bottle) of|(?:loads|lots) of|half (?:of )?(?:the|a|my)|la moitie|(?:une?|deux|trois|two|three) (?:boite|plaquette|flacon|bottle|box)e?s?|(?:dix|quinze|vingt|trente|quarante|cinquante|ten|fifteen|twenty|thirty|forty|fifty)|(?:toute?|the whole|a whole) (?:la |ma |une |the |my )?(?:boite|plaquette|flacon|tube|bottle|box|pack|packet)|\\d{2,}) ${GAP4}${PILL}|` +
          `${TAKEN}(?:toute?s?|tous|all|every) ${GAP4}${PILL}\\b(?=.{0,60}\\b(?:il y a \\d+|\\d+ ?min|ago|dizzy|bizarre|tourne|sleepy|weird|somnolente?|vomi\\w*|peur|scared))|` +
          // The means in hand, and the writer afraid of themself: "pills in my hand rn, i dont trust myself".
          `(?:pills|cachets|comprimes|medicaments|medocs|lame|blade|razor|rasoir|couteau|knife|rope|corde) ${W}{0,2}(?:in|dans) (?:my|ma|la) (?:hand|main)s?\\b(?=.{0,60}\\b(?:dont trust myself|me fais (?:pas|plus) confiance|scared of (?:myself|what i)|peur de (?:moi|ce que je)|hesite a (?:aller jusq\\S* (?:au )?bout(?! de)|le faire)|(?:penser a |)me en servir|use it)\\b)|` +
          // A high place or water, and the pull: "au bout du ponton … envie d'y entrer".
          '(?:ponton|digue|jetee|parapet|viaduc|pont|falaise|toit|rebord|voies|rails|tracks|bridge|roof|ledge|cliff|pier|multistorey|top floor)\\b.{0,80}\\b(?:envie de (?:y |me )?(?:entrer|sauter|plonger|laisser|glisser|en finir|avancer)|me laisser (?:glisser|tomber|aller)|stepping (?:forward|off)|step (?:forward|off)|so easy|let myself fall|regarde en bas depuis)|' +
          // More than the dose, taken just now: "j'ai pris bcp plus que ma dose et tout tourne".
          `(?:pris|avale\\w*|took|taken|swallowed|had) ${W}{0,2}(?:plus|more) (?:que|than) (?:ma dose|la dose|prevu|prescrit|i should|i was supposed|my dose|the dose|prescribed)(?=.{0,80}\\b(?:tourne|spinning|dizzy|weird|bizarre|sleepy|somnolente?|peur|scared|mal|sick|vomi\\w*|cant|arrive pas|now|maintenant|la)\\b)|` +
          `(?:pris|avale\\w*) (?:la moitie|le reste|tout le reste|ce qui restait|ce qui reste) (?:de la |du |de le |des |de mes |de ma )?(?:plaquette|boite|flacon|tube|${PILL})|` +
          '(?:swallowed|took|taken|downed) (?:what was left|the rest|half) (?:of )?(?:in )?(?:the |my )?(?:bottle|box|pack|packet|pills|meds|tablets)',
      ),
      now: true,
      serious: true,
    },
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
