import { any, packedCue, signs, type Recogniser } from './cue.ts';

// Violence or harassment suffered: at home, at work, sexual. The writer is the one it
// is done to ("il me frappe", "my manager keeps sending me…"); what happened to someone
// else, or the topic, is not their distress.
export const violence: Recogniser = {
  category: 'violence',
  cues: [
    packedCue('violence-done-to-me'),
    {
      re: any(
        'harcel(?<!\\b(?:te|vous|les|le|la|lui|leur) harcel)\\w*|' +
          'agression sexuelle|' +
          'attouchements?|' +
          'viol\\b',
      ),
      topic: true,
    },
    {
      // Knocking at the door: a joke marker undoes it ("keeps knocking on the door… lol").
      re: any(
        '(?<!\\ba )(?<!\\bai )(?<!\\bme (?:suis )?)(?:tape|frappe|cogne|tambourine) (?:derriere|contre|a|sur) (?:ma|la) porte(?! pour (?:livrer|me dire|demander))|' +
          '(?:banging|pounding|kicking|knocking|hammering) (?:on|at) (?:my|the) (?:door|window)',
      ),
      now: true,
    },
    // Someone at the door or in the house now.
    packedCue('violence-at-the-door', { now: true, serious: true }),
    packedCue('violence-touched'),
    // Told without its name: a hand on the thigh, a landlord in while one sleeps, an ex
    // writing from new accounts, pictures posted, followed home, spat at.
    packedCue('violence-indirect'),
    // Marks told as nothing, a grip when he is angry: signs that add up ("rien de grave,
    // juste quelques bleus", "he only squeezes hard when he's angry").
    ...signs(
      '(?:juste|que|only|just|seulement|a few|quelques) (?:\\S+ ){0,2}(?:bleus|marques|bruises|marks)\\b(?! (?:de (?:velo|vélo|ski|foot|rugby|sport)|from (?:football|rugby|the gym|climbing|cycling)))',
      '(?:serre|tient|attrape|secoue|squeezes|grips|holds|grabs|shakes) (?:\\S+ ){0,2}(?:fort|trop fort|hard|tight|tightly|too hard)\\b(?=.{0,30}\\b(?:quand|when|whenever|des que|chaque fois que) (?:il|elle|he|she|hes|shes)\\b)',
    ),
    {
      // Hostility aimed at the writer, whatever the words: insulted in front of others,
      // shouted at, laughed at, followed, messaged at night, waited for.
      re: any(
        '(?:calls|called) me (?:a |an )?\\w+(?: \\w+)? (?:in front of|every|all the time|constantly|at every)|' +
          '(?:screams?|screamed|yells?|yelled|shouts?|shouted|swears?|swore|throws? (?:\\S{1,20} ){0,2}|threw (?:\\S{1,20} ){0,2})at me\\b|' +
          '(?:laugh|laughs|laughed|laughing) at me\\b|' +
          'me traite(?:nt)? de (?!tous|rien|temps)\\w+|' +
          '(?:rigolent|rient|se marrent|se foutent) de moi|' +
          'me (?:hurle|crie|gueule)(?:nt)? dessus|' +
          '(?:keeps?|wont stop|doesnt stop|arrete pas de) (?:messaging|texting|calling|ringing|following|me envoyer|me appeler|me ecrire|me suivre)(?: me)?\\b(?=.{0,60}\\b(?:\\d+ ?am|everywhere|partout|peur|scared|afraid)\\b)|' +
          '(?:turned|showed|turns|shows) up (?:at|outside) my (?:building|house|flat|work|office|door|place)|' +
          '(?:mon|my) ex (?:\\S{1,20} ){0,3}(?:me attend|attend devant|waits? for me|waiting for me|me suit|follows me)',
      ),
    },
    {
      // He is coming back: a sign, urgent only beside another.
      re: any(
        '(?<!quoi que )(?:il|elle) (?:revient|arrive|remonte|est de retour)(?! (?:demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|la semaine|de vacances|du travail|de le travail|vers|sur|a \\d))|' +
          '(?:hes|shes|he is|she is) coming back(?! (?:tomorrow|next|on|from))',
      ),
      weight: 1,
      now: true,
      serious: true,
    },
    {
      re: any(
        'harass\\w*(?! (?:you|him|her|them)\\b)|' +
          'bull(?:y|ied|ying)|' +
          'sexual assault|' +
          'rape|' +
          'domestic (?:violence|abuse)|' +
          'violences? (?:conjugales?|domestiques?|sexuelles?)',
      ),
      topic: true,
    },
  ],
};
