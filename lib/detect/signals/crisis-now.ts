import { any, type Recogniser } from './cue.ts';

// Violence under way as the person writes: followed, hiding or shut in, threatened with
// death, someone at the door who will not stop. Read as violence, and now: the help
// offered is for a life in danger. Violence told as the past or as a habit is
// `violence.ts`'s.
export const crisisNow: Recogniser = {
  category: 'violence',
  cues: [
    {
      re: any(
        // Followed: not on a network, not by a colleague on the same bus.
        'following me(?! on| back)|(?:quelque un|il|un (?:mec|homme|type)) me suit(?! sur| partout)|' +
          '(?:locked myself|me suis (?:enfermee?|cachee?)|hiding) (?:in|dans) (?:the |la |le |my |ma )?(?:bathroom|toilets?|bedroom|chambre|salle de bain|toilettes)(?! to | pour )|' +
          '(?:bathroom|bedroom|chambre|salle de bain) with the door locked|(?:on se est|on sest|je me suis) cachee?s?|(?:im|were) hiding|' +
          'locked me in|wont let me (?:out|leave)|laisse pas sortir|' +
          '(?:dit|says|saying|shouting|crie|yelling)\\w* (?:\\S+ ){0,3}(?:va me tuer|(?:ll|will|going to) (?:kill|hurt) me)|' +
          '(?:wont stop|keeps?|arrete pas de) (?:hammering|banging|knocking|kicking|taper|frapper|cogner|sonner)|sonne sans arret|' +
          '(?:outside|devant|in|dans) (?:\\S+ ){0,3}with a (?:bat|knife|gun)|' +
          // Back at the door: the one the writer fears has returned.
          '(?:hes|shes|he is|she is|(?:il|elle) est) (?:back|de retour|revenue?|encore la) (?:at|outside|devant|a) (?:the |my |ma |la |mon )?(?:door|porte|window|fenetre|building|immeuble|chez moi)',
      ),
      now: true,
      unless:
        /\b(?:insta\w*|linkedin|tiktok|twitter|account|compte|collegue|colleague|pour rigoler)\b/,
    },
  ],
};
