import { any, type Recogniser } from './cue.ts';

// C-SSRS levels 2 to 5: thoughts of suicide, method, intent, plan; and an attempt under
// way (an overdose taken, standing on the edge).
export const activeIdeation: Recogniser = {
  category: 'active-ideation',
  cues: [
    {
      re: any(
        '(?:envie de|veux|vais|voudrais|aimerais|pense a|penser a|pense souvent a|songe a|compte|prevois de|ai decide de) (?:me tuer|me suicider|en finir|mettre fin a (?:mes jours|ma vie|tout)|me foutre en le air|me jeter|sauter|me pendre|passer a le acte|me ouvrir les veines|tout arreter pour de bon)',
        'me suicider',
        'suicidaire',
        'pense au suicide',
        'idees (?:noires|suicidaires|de suicide)',
        'en finir(?! avec (?:ce|cette|ces|le|la|les|mon|ma|mes) (?!vie))',
        'mettre fin a (?:mes jours|ma vie)',
        'me foutre en le air',
        'me jeter (?:sous|par|du|de|dans|devant)',
        'comment (?:on fait pour |faire pour )?(?:en finir|mourir sans|se suicider|me suicider|me tuer)',
        'combien de (?:cachets|comprimes|pilules|medicaments|boites)',
        '(?:sais|ai choisi|ai decide) (?:comment|quand|ou) je vais (?:le faire|faire|partir)',
        'ai (?:un plan|tout prevu|choisi la date|choisi le jour)',
        'passer a le acte',
        'plus (?:de|aucune) raison de vivre',
        '(?:pense|penser|pense souvent|songe|reve) a (?:mourir|me tuer|le suicide)',
        '(?:mettre|mets|mis|garde|gardais|stocke|stocker|accumule) (?:des |mes |plein de )?(?:medicaments|cachets|comprimes|pilules|somniferes) de cote',
        '(?:achete|acheter|commande|commander|trouve) (?:une corde|des lames|une arme|un flingue|un pistolet|de quoi en finir)',
        'me (?:tirer une balle|noyer|taillader les veines|ouvrir les veines|jeter par la fenetre|jeter sous)',
      ),
      weight: 2,
    },
    {
      re: any(
        '(?:vais|going to) (?:le faire|do it)(?! pour| for| demain| tomorrow)',
        'know when ill take them',
      ),
      weight: 1,
    },
    {
      re: any('(?:ai tout prepare|tout est pret|everything is ready|ive prepared everything)'),
      weight: 1,
    },
    {
      re: any('suicide', 'tentative de suicide', 'overdose'),
      weight: 2,
      topic: true,
    },
    {
      re: any(
        'kill(?:ing)? myself',
        'end(?:ing)? (?:it all|my life|things for good|everything)',
        'take my (?:own )?life',
        'want to end it',
        '(?:think|thinking|thought|thoughts) (?:about|of) (?:dying|death|ending it|ending my life|suicide|killing myself)',
        'suicidal',
        'how many (?:pills|tablets|sleeping pills)',
        '(?:looked|looking|look) up how to (?:die|kill|end)',
        'jump (?:off|in front of|from)',
        'hang myself',
        '(?:i have|ive got|ive made) a plan',
        'know (?:how|when|where) (?:im going|i will|ill) do it',
        'dont want to live',
        'end it (?:tonight|today|now|this weekend|soon)',
        '(?:stockpil\\w*|saving up|hoarding) (?:my )?(?:pills|meds|tablets)',
        '(?:bought|ordered|got|buying) (?:a rope|razor blades|a gun|a weapon|enough pills)',
        '(?:shoot|drown|poison) myself',
        'slit my wrists',
        '(?:planning|planned|plan|planed) (?:how|when|where) (?:i|to|id|ill) (?:would |will |ll |could |might )?(?:do it|end it|die|go)',
        '(?:thinking|think|thought|dream|dreaming) (?:of|about) (?:jumping|ending|killing|dying|hanging|overdosing|taking all|drowning|crashing)',
        '(?:pills|meds|tablets|medication) (?:saved|stashed|hidden|hoarded)',
        '(?:prevu|planifie|prepare|choisi) (?:comment|quand|ou) (?:je vais|le faire|partir|en finir)',
      ),
      weight: 2,
    },
    {
      // An act under way: counted even after a joke marker, and urgent.
      re: any(
        '(?:aval\\w*|pris|prendre) (?:toute? |tous |toutes )(?:la |ma |mes |une |le )?(?:boite|plaquette|tube|flacon|cachets|comprimes|medicaments|somniferes|anxiolytiques|pilules|doliprane|paracetamol)',
        'au bord (?:du|de le|de la) (?:quai|pont|toit|vide|precipice|falaise|fenetre|voie)',
        '(?:je suis )?sur le (?:toit|pont|rebord)(?! de le hotel| terrasse)',
        '(?:pris|avale\\w*|prendre) (?:\\d{2,}|dix|quinze|vingt|trente|quarante|cinquante) (?:comprimes|cachets|pilules|gelules|somniferes|doliprane|medicaments)',
        '(?:took|swallowed|taken) (?:\\d{2,}|ten|fifteen|twenty|thirty|forty|fifty) (?:pills|tablets|sleeping pills|painkillers)',
        '(?:took|swallowed|taken) (?:all|the whole|a whole|the entire|an entire|every one of) (?:my |of my |the |a )?(?:pills|bottle|box|tablets|meds|pack|packet)',
        '(?:im|i am|standing|sitting) on the (?:roof|edge|bridge|ledge|platform edge)(?! terrace| top| garden| bar| for)',
        'sur le (?:balcon|rebord|parapet) (?:\\S{1,20} ){0,4}(?:sauter|envie de|me jeter)',
        '(?:at|on) the edge of (?:the )?(?:platform|bridge|roof|cliff|building|window)',
        'overdosed?',
      ),
      weight: 2,
      now: true,
      serious: true,
    },
  ],
};
