import { any, type Recogniser } from './cue.ts';

// C-SSRS level 1 and PHQ-9 item 9: the wish to be dead, to not wake up, to disappear;
// "better off dead", "they would be fine without me".
export const passiveIdeation: Recogniser = {
  category: 'passive-ideation',
  cues: [
    {
      re: any(
        '(?:envie de|veux|voudrais|aimerais|prefererais|souhaite|souhaiterais|rever de) (?:juste |simplement |tellement )?(?:mourir|crever|disparaitre|plus exister|pas exister|plus etre la|plus vivre|me endormir pour toujours|dormir pour toujours|plus me reveiller|pas me reveiller|jamais me reveiller)',
        'me endormir et (?:jamais|plus|pas) me reveiller',
        '(?:pas|plus|jamais) me reveiller',
        '(?:plus|pas) exister',
        'plus etre (?:la|de ce monde)',
        'si je (?:etais plus la|disparaissais|mourais|partais pour de bon)',
        'quand je serai plus la',
        '(?:plus|bien plus|tellement plus) (?:simple|facile|leger|calme) (?:pour (?:tout le monde|eux|vous) )?sans moi',
        'mieux sans moi',
        'porterai(?:en)?t (?:bien )?mieux sans moi',
        'personne (?:verrait|remarquerait|se rendrait compte|me regretterait|me manquerait|pleurerait)',
        'verrait (?:pas )?la diff',
        '(?:marre|fatiguee?|lasse?) de (?:vivre|la vie|exister|etre en vie)',
        '(?:plus|pas) envie de vivre',
        'prefererais etre morte?',
        'mieux (?:si je etais|etre) morte?',
        'a quoi bon (?:vivre|continuer|me lever|tout ca|exister)',
        '(?:interet|sens|raison|but) de (?:vivre|continuer a vivre|me lever le matin)',
        '(?:ma )?vie (?:a|avait) plus (?:de|aucun) sens',
        'disparaitre (?:pour toujours|pour de bon|de la surface|definitivement|a jamais)',
      ),
      weight: 2,
    },
    {
      re: any(
        'wish (?:i|id) (?:was|were|could be) (?:dead|gone|never born)',
        'wish i (?:could|would) (?:just )?(?:die|disappear|stop existing|not exist|sleep forever|not wake up|vanish)',
        '(?:want|wanted|need) to (?:die|disappear|stop existing|not exist|vanish)',
        'stop existing',
        'not exist(?:ing)? anymore',
        '(?:be|be so much|would be|are|were) better off (?:dead|without me)',
        'better off dead',
        '(?:manage|cope|do|be|get by|go on|live) (?:just |perfectly |totally )?(?:fine|better|ok|okay|well) without me',
        'without me (?:they|everyone|everybody|the world)',
        '(?:never|not) (?:to )?wake up',
        'dont want to (?:wake up|be here|live|exist|be alive)',
        'no (?:reason|point) (?:to|in) (?:live|living|go on|going on|being alive)',
        'whats the point (?:of|in) (?:living|life|going on|being alive|anything|it all)',
        'point (?:of|in) (?:living|being alive)',
        '(?:tired|sick) of (?:living|being alive|life|existing)',
        '(?:no ?one|nobody) would (?:notice|care|miss me)',
        'if i (?:died|was gone|were gone|disappeared|wasnt here|werent here)',
        'disappear (?:forever|for good)',
        'disparaitre quelque part',
      ),
      weight: 2,
    },
    {
      re: any('(?:vais|veux|voudrais) tout arreter', 'que tout (?:se )?arrete', 'want (?:it all|everything) to stop'),
      weight: 1,
    },
  ],
};
