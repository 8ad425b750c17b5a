import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/detect/index.ts';

const signals = (text: string) => analyze(text).signals;

describe('DISTRESS', () => {
  it.each([
    'Je n’ai plus envie de rien, je reste au lit le week-end et j’ai peur du lundi.',
    'Honnêtement je tiens plus, chaque matin c’est une torture d’aller au bureau.',
    'Parfois je me dis que ce serait plus simple si je n’étais plus là.',
    'Je dors 3 heures par nuit depuis des semaines, je suis à bout.',
    'Mon chef me harcèle par SMS le soir et j’ai des crises d’angoisse.',
    'jpleure dans le métro tous les soirs',
    'I’ve been crying in the bathroom at work every day this week.',
    'Sometimes I wish I could just sleep and never wake up.',
    'My manager humiliates me in every meeting and I feel worthless.',
    'I don’t see the point of anything anymore.',
    'I haven’t slept properly in weeks, I dread opening my laptop and I feel like a complete failure.',
    'Franchement j’ai envie de tout plaquer et de disparaître quelque part où personne ne me connaît.',
    'Honnêtement je ne vois plus l’intérêt de me lever le matin, tout me paraît inutile.',
  ])('%s', (text) => expect(signals(text)).toContain('DISTRESS'));

  it.each([
    'J’étais stressé avant l’entretien mais ça s’est bien passé.',
    'Je suis morte de fatigue après le salon mais super contente.',
    'J’ai pleuré de rire pendant le pot de départ.',
    'Le burn-out est un sujet important, comment en parler en réunion ?',
    'Ma collègue est en arrêt pour épuisement, comment je peux la soutenir ?',
    'J’ai lu un article sur le harcèlement moral au travail.',
    'I was so exhausted after the offsite but it was worth it.',
    'Entre la CAF et le déménagement, je ne vois plus mes soirées.',
    'J’ai envie de tout plaquer pour ouvrir une boulangerie.',
  ])('not: %s', (text) => expect(signals(text)).not.toContain('DISTRESS'));
});

describe('URGENT', () => {
  it.each([
    'Mon chef veut me voir dans 5 minutes, il a l’air furieux, aide-moi !',
    'Le client menace de porter plainte si on ne livre pas avant midi, qu’est-ce que je fais ?',
    'My interview starts in 20 minutes and I prepared for the wrong role!',
    'Le serveur est tombé et le client ne peut plus facturer, je fais quoi ?',
    'rappelle moi stp c’est pour le contrat',
    'Incendie dans l’entrepôt, tout le monde est évacué, je préviens qui ?',
    'My laptop was stolen on the train with all the client files, who should I tell first?',
    'Je suis enfermée dans les toilettes du bureau et je n’arrête pas de trembler, aide-moi.',
  ])('%s', (text) => expect(signals(text)).toContain('URGENT'));

  it.each([
    'Le projet était urgent la semaine dernière mais c’est réglé.',
    'Rien d’urgent, c’est juste pour avoir ton avis quand tu auras le temps.',
    'That deadline was crazy urgent on Monday but the team shipped it and all is good now.',
    'Le devis devait partir en urgence mardi, c’est fait, et le client a signé.',
    'Tu as 10 min ce soir ? jvoudrais ton avis sur un truc',
    'Quelle est la meilleure façon de gérer les demandes urgentes de mon équipe ?',
    'On a eu une urgence client mardi, on l’a gérée en deux heures.',
    'Samuel et Nora sont partis en même temps.',
    'C’est urgent pour toi le retour sur mon CV ou je peux te l’envoyer la semaine prochaine ?',
    'J’ai rayé la voiture de location, je dois prévenir qui en premier, mon chef ou l’agence ?',
  ])('not: %s', (text) => expect(signals(text)).not.toContain('URGENT'));
});

describe('VAGUE', () => {
  it.each(['je fais quoi ?', 'tu en penses quoi ?', 'what should I do?', 'Des conseils ?'])(
    '%s',
    (text) => expect(signals(text)).toContain('VAGUE'),
  );
  it.each([
    'Mon N+1 me tutoie en privé et me vouvoie en réunion, c’est normal ?',
    'Merci pour la séance !',
  ])('not: %s', (text) => expect(signals(text)).not.toContain('VAGUE'));
});

// A second set written after the first rules, to check they generalise.
describe('more phrasings', () => {
  it.each([
    'Ça fait trois semaines que je n’arrive plus à manger correctement, j’ai la gorge nouée dès que je pense au boulot.',
    'Je me sens comme une coquille vide, je fais les choses mécaniquement.',
    'Mon médecin parle de dépression, moi je crois que je suis juste faible.',
    'Je n’ai plus la force de me battre contre ma direction, je lâche l’affaire, et pas que sur le boulot.',
    'Chaque dimanche soir je suis malade à l’idée de retourner au travail.',
    'Je pleure en cachette dans ma voiture avant d’entrer au bureau.',
    'Mon chef m’a dit que j’étais une incapable devant toute l’équipe, je ne m’en remets pas.',
    'J’ai l’impression d’être un fantôme au bureau, personne ne me parle depuis des mois.',
    'Je ne me reconnais plus, je suis irritable, je dors mal et je n’ai plus goût à rien.',
    'I feel like I’m suffocating at work and I can’t talk to anyone about it.',
    'Some days I just want to disappear and never come back.',
    'I’m completely burned out and I cry every night.',
    'My boss screams at me daily and I’ve started having chest pains before meetings.',
    'Je suis à deux doigts de craquer, j’ai des idées noires.',
    'J’ai des idées noires depuis quelque temps, je préfère te le dire.',
    'Je ne sais pas combien de temps je vais tenir comme ça.',
  ])('DISTRESS: %s', (text) => expect(signals(text)).toContain('DISTRESS'));

  it.each([
    'Mon manager m’attend dans son bureau tout de suite avec la RH, je ne sais pas pourquoi.',
    'J’ai envoyé par erreur le fichier des salaires à toute l’entreprise il y a 5 minutes, comment je rattrape ça ?',
    'I just got called into HR and they want me to sign something now, should I?',
    'They’re asking me to decide before the end of the day whether I accept the transfer, help!',
    'On me demande de répondre d’ici une heure à la proposition de rachat, tu es dispo ?',
    'Ma collègue vient de s’évanouir en réunion, les pompiers sont en route.',
    'L’audit commence dans 30 min et il manque la moitié des pièces, je panique.',
  ])('URGENT: %s', (text) => expect(signals(text)).toContain('URGENT'));

  it.each([
    'J’ai eu un coup de stress hier mais ça va mieux aujourd’hui.',
    'Je me suis sentie un peu seule au début mais l’équipe est top maintenant.',
    'Comment gérer un collaborateur en burn-out ?',
    'On a fait un atelier sur la prévention des risques psychosociaux, c’était intéressant.',
    'Tu peux me rappeler la semaine prochaine pour parler de ma candidature ?',
    'Le client voulait une réponse urgente, je lui ai envoyé hier soir, tout est ok.',
    'Mon équipe est débordée en ce moment, comment prioriser ?',
    'Je suis fatiguée par le trajet mais le poste me plaît beaucoup.',
    'Aujourd’hui j’ai présenté mon projet, c’était stressant mais ça s’est très bien passé.',
    'J’ai une réunion à 15h avec mon manager pour mon entretien annuel, des conseils ?',
    'Le film d’hier m’a fait pleurer, quelle histoire.',
    'Je suis morte de rire, ma stagiaire a appelé le PDG "mon petit chat" par erreur.',
    'Au secours, je dois faire un discours au pot de Noël vendredi, des idées ?',
    'Ça me tue ces réunions qui n’en finissent pas, mais bon, c’est le jeu.',
  ])('neither: %s', (text) => {
    expect(signals(text)).not.toContain('DISTRESS');
    expect(signals(text)).not.toContain('URGENT');
  });
});

// A third set: frustration, sadness and fear that are not distress.
describe('third set', () => {
  it.each([
    'Je me sens perdue, je n’ai plus envie d’aller travailler et je pleure tous les soirs.',
    'Depuis mon retour de congé maternité on m’a retiré tous mes dossiers, je me sens inutile et j’ai honte.',
    'I feel so alone at work, nobody talks to me and I cry in the car before going in.',
    'Every morning I feel sick before going to the office, I can’t take it anymore.',
    'Mon manager me met une pression énorme, je fais des crises d’angoisse presque tous les jours.',
    'Je suis épuisée, je n’arrive plus à dormir et j’ai l’impression de devenir folle.',
    'Je crois que je fais un burn-out, je n’arrive même plus à lire un mail.',
  ])('DISTRESS: %s', (text) => expect(signals(text)).toContain('DISTRESS'));

  it.each([
    'Je suis devant le bureau du DRH, il m’a convoqué tout de suite, je fais quoi ?',
    'URGENT : le client attend ma réponse avant 17h et je ne sais pas quoi dire.',
    'Can you call me asap? Something happened with my manager.',
    'Il faut que je donne ma réponse pour le poste ce soir, tu peux m’aider ?',
  ])('URGENT: %s', (text) => expect(signals(text)).toContain('URGENT'));

  it.each([
    'Je suis vraiment énervée contre mon manager, il a encore changé les priorités sans prévenir.',
    'Ça me saoule ces réunions à rallonge, on perd un temps fou.',
    'I’m so annoyed that my promotion got delayed again.',
    'J’ai peur de rater mon entretien annuel, tu as des conseils ?',
    'Je suis un peu triste que mon binôme parte, on s’entendait bien.',
    'Je me sens un peu perdue dans ce nouveau poste, par où commencer ?',
    'C’est l’enfer les transports en ce moment avec les grèves.',
    'Ma boss m’a recadrée devant l’équipe, c’était gênant mais elle avait raison.',
    'Le projet m’a épuisée mais on a livré, je prends une semaine de congés.',
    'J’ai l’impression de stagner depuis deux ans, comment évoluer ?',
  ])('neither: %s', (text) => {
    expect(signals(text)).not.toContain('DISTRESS');
    expect(signals(text)).not.toContain('URGENT');
  });
});
