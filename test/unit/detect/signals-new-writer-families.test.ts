import { describe, expect, it } from 'vitest';
import { isDistress, isNothing, isSevere, read, signals, withRulesAlone } from './signal-rules.ts';

// Families of misses and false alarms found on the read half of a fifth blind writer's set
// (signals10, issue 10), each rule written from the phenomenon in words of our own, French
// and English, tidy, phone-typed and dictated, beside twins that reuse its words: an attack
// named with any adjective, the room moving and not knowing where one is, a bender with an
// adjective, a hand raised, pictures sent unasked, a boss's pet names, barricaded in, a
// threat to kill reported, at the edge now, a blade in hand now, the bottle and the pills,
// an accident hoped for said first, a last message, someone standing over the writer, a
// reply asked "as soon as you see this". Traps: laughing till one chokes, the floor that
// should swallow me, a climb, "not depressed", out of bed before noon, a non-compete
// clause. Rules alone: the learnt model only adds.

withRulesAlone();

const isUrgent = (text: string) => expect(signals(text)).toContain('URGENT');
const notUrgent = (text: string) => expect(signals(text)).not.toContain('URGENT');
const notCategory = (category: string) => (text: string) =>
  expect(read(text).distress ?? []).not.toContain(category);

describe('an attack named as it happens, with any adjective', () => {
  it.each([
    "I'm having the worst panic attack I've ever had",
    'im having a really bad anxiety attack and i cant stop it',
    'i am in the middle of another massive panic attack',
    "je fais la pire crise d'angoisse de ma vie",
    'je fais une grosse crise de panique, aide moi',
  ])('%s', isSevere('panic'));
  it.each([
    'I had a panic attack last week before the exam',
    "I'm having a panic attack every time my manager calls",
    'How do I help a friend having a panic attack?',
    "je fais une crise d'angoisse chaque fois que je prends le métro",
  ])('not now: %s', notUrgent);
});

describe('dissociation in signs that add up', () => {
  it.each([
    'les murs bougent et je sais plus où je suis',
    'jsais plus ou je suis, le plafond bouge',
    "the walls are moving and I don't know where I am",
  ])('%s', isSevere('panic'));
  it.each([
    'je sais plus où je suis dans mon planning, tu peux me renvoyer le fichier ?',
    'the walls are moving in the new office layout, we get the plans tomorrow',
    "j'ai perdu le fil, je sais plus où j'en suis",
  ])('not: %s', isNothing);
});

describe('drunk to forget, said with an adjective', () => {
  it.each([
    'je me mets une grosse cuite tous les soirs pour oublier',
    "je prends une bonne murge chaque soir sinon j'y arrive pas",
    'I get absolutely hammered every night to forget the day',
    'im getting wasted every evening to cope with it all',
  ])('%s', isDistress);
  it.each([
    "on s'est mis une bonne cuite pour l'anniversaire de Léa, quelle soirée",
    'we got hammered at the wedding on saturday, best day ever',
    'ma coloc se met une cuite tous les soirs, comment lui en parler ?',
  ])('not: %s', isNothing);
});

describe('violence told without its name', () => {
  it.each([
    'mon copain a levé la main sur moi hier soir',
    'il lève la main sur moi dès que je réponds',
    'my dad raised his hand to me again last night',
    "un gars du service m'envoie des photos que j'ai jamais demandées",
    'my supervisor keeps sending me pictures I never asked for',
    "mon chef m'appelle « ma belle » devant tout le monde",
    'my line manager calls me sweetheart in every meeting',
    'le patron me demande de tourner sur moi-même quand je mets une jupe',
    'he asks me to give him a twirl whenever I wear a dress',
  ])('%s', isDistress);
  it.each([
    'le prof a demandé qui voulait lever la main pour répondre',
    'my client sent me pictures of the kitchen he wants redone',
    'ma grand-mère m’appelle ma belle, c’est trop mignon',
    'the dancers had to twirl in their dresses for the photos',
  ])('not: %s', isNothing);
  it('"je sais pas comment réagir" is the writer at a loss, not a question about a topic', () => {
    isDistress(
      "le gars de l'accueil m'a encore envoyé des messages la nuit, des photos pas demandées, je sais pas comment réagir",
    );
  });
});

describe('violence understated: marks told as nothing, a grip in anger, silence imposed', () => {
  it.each([
    "rien de grave hein, juste des bleus sur les bras, il serre fort quand il s'énerve",
    "he only grabs my wrists when he's drunk, it's not a big deal",
    'il me serre le cou quand il est en colère, mais bon',
    'mon responsable me coince dans le bureau et me dit que personne me croira',
    'she keeps telling me no one would believe me anyway',
    'my flatmate keeps touching me when I say no',
  ])('%s', isDistress);
  it.each([
    'juste quelques bleus au genou après le match de rugby',
    'rien de grave, le bus était juste en retard',
    'le kiné me tient le bras quand il fait les étirements',
    "I hold my daughter's hand tight when she's scared of the dog",
    "my colleague keeps touching my stuff when I'm away, so annoying",
    'a guy on the site keeps grabbing my helmet for a laugh',
    'he said no one would believe the mess in the stockroom',
  ])('not: %s', isNothing);
});

describe('acts of leaving and the pull of the drop', () => {
  it.each([
    "I've given my cat to my neighbour and cleared out my room",
    "j'ai confié mon chien à ma voisine et vidé ma chambre",
  ])('%s', isSevere('farewell'));
  it.each([
    "i'm at the station and i keep looking at the tracks",
    'je fixe le vide depuis tout à l’heure',
  ])('%s', isSevere('active-ideation'));
  it.each([
    'I gave my dog to my mum and cleared out my flat before moving to Leeds',
    'the kids keep looking at the tracks waiting for the train',
    'je regarde les voies pour la maquette de mon fils, il manque un aiguillage',
  ])('not: %s', isNothing);
});

describe('barricaded in, a threat to kill reported, someone coming up', () => {
  it.each([
    "il a dit qu'il allait me tuer, je suis enfermée dans la salle de bain",
    'he said he was going to kill me, im in my room',
    "je suis dans ma chambre avec l'armoire devant la porte, il hurle",
    "I'm in the bathroom with a chair against the door, he's screaming",
    "il est devant la maison, il dit qu'il monte, j'ai peur",
    "he's coming up the stairs and he broke the window downstairs",
  ])('%s', isSevere('violence'));
  it.each([
    'on a mis le canapé devant la porte en attendant les déménageurs',
    'i sleep with a chair against my door since the burglary next door',
    'mon frère a dit qu’il allait me tuer si je mangeais sa part de gâteau 😂',
    "il monte les courses, j'arrive dans 5 min",
  ])('not urgent: %s', notUrgent);
});

describe('at the edge now, a blade in hand now', () => {
  it.each([
    'je suis sur la falaise là, personne sait',
    "I'm on the ledge now and it's so quiet",
    'chui au bord de la falaise la',
    "j'ai le rasoir dans la main là, je sais pas quoi faire",
    "blade in my hand right now and I don't know what to do",
  ])('%s', isSevere('active-ideation'));
  it.each([
    'on est sur la falaise là pour le coucher de soleil, trop beau',
    "I'm on the cliff now for the sunset photos",
    'le cutter dans la main là je déballe les cartons, je sais pas quoi faire des vieux',
  ])('not: %s', notUrgent);
});

describe('the bottle and the pills, just taken', () => {
  it.each([
    "j'ai bu la bouteille de rhum et pris les somnifères de ma sœur",
    'drank the bottle of vodka and took my pills, about half an hour ago',
  ])('%s', isSevere('active-ideation'));
  it.each([
    "j'ai bu la bouteille d'eau et pris mes cachets du soir comme d'habitude",
    'drank the bottle of water and took my pills as usual',
  ])('not: %s', isNothing);
});

describe('an accident hoped for, said first', () => {
  it.each([
    "wouldn't mind if a lorry ran me over tbh",
    "honestly wouldn't care if a car hit me on the way home",
    'ça me dérangerait pas qu’un camion me fauche en rentrant',
  ])('%s', isSevere('passive-ideation'));
  it.each([
    "wouldn't mind if a friend took me out for dinner",
    'I wouldn’t mind if the bus was late, I’m early anyway',
  ])('not: %s', isNothing);
});

describe('a last message, the end said quietly', () => {
  it.each([
    'Ce sera mon dernier message.',
    'This will probably be my last message.',
    'voici sans doute mon dernier message',
    "Gardez un bon souvenir de moi, je n'irai pas plus loin.",
    'none of it will matter soon. keep a good memory of me',
  ])('%s', isSevere('farewell'));
  it.each([
    'Ce sera mon dernier message avant les vacances, bonne rentrée !',
    'this is my last message about the rota, promise',
    'Voici mon dernier message du programme, merci pour tout et à bientôt !',
    'on ira pas plus loin sur ce dossier, le client a dit non',
  ])('not: %s', isNothing);
});

describe('someone standing over the writer, an answer asked now', () => {
  it.each([
    'la RH est plantée devant mon bureau avec le contrat, je signe ou pas ?',
    'mon chef est debout derrière moi, je dis quoi ?',
    'my manager is standing over me with the form, do I sign?',
    'Reply as soon as you see this please, I need to decide',
    'réponds dès que tu vois ce message, il me faut ton avis',
  ])('%s', isUrgent);
  it.each([
    'ma collègue est plantée devant mon bureau tous les matins pour papoter',
    'the new plant is standing next to my desk, looks great',
    'Reply when you can, no rush at all',
  ])('not: %s', notUrgent);
  it('a negation in a compound word ("non-compete") denies nothing', () => {
    isUrgent('I need your view on the non-compete clause straight away.');
    isUrgent("j'ai besoin de ton avis sur la clause de non-concurrence tout de suite");
  });
});

describe('someone still on the line, a goodbye for a new town', () => {
  it.each([
    'the recruiter is still on the line, should I say yes to the lower salary',
    'la recruteuse est toujours en ligne, je dis oui ou pas ?',
    'the landlord is still at the door, what do I tell him',
  ])('%s', isUrgent);
  it.each([
    'the recruiter will be on the line tomorrow at 10, what should I ask?',
    'ma demande de logement est toujours en attente, je fais quoi ?',
    'le site du salon est toujours en ligne, tu as vu les horaires ?',
    'the recruiter was still on the line when my train went into the tunnel, so embarrassing lol',
  ])('not: %s', notUrgent);
  it.each([
    "je pars m'installer à Bordeaux, merci pour tout et au revoir !",
    'on va nous installer à Nantes en septembre, merci pour tout, adieu la grisaille',
    "we're relocating to Glasgow next month, thank you for everything and goodbye!",
  ])('not a farewell: %s', notCategory('farewell'));
});

describe('cut off from everyone, everything controlled', () => {
  it.each([
    "I've stopped answering anyone, I haven't left the flat in ten days",
    'je réponds plus à personne et je sors plus de chez moi depuis une semaine',
    "mon mari me contrôle tout, l'argent, le téléphone, les sorties",
    'my boyfriend controls everything, my money, my phone, who I see',
  ])('%s', isDistress);
  it.each([
    "I haven't left the flat in ten days because of the flu, and I stopped answering anyone at work while off",
    'ma cheffe contrôle tout, les plannings, les horaires, les congés, c’est pénible',
    'she decides everything about the wedding, the money, the venue',
    "My sister's husband controls all her money, how do I raise it with her?",
  ])('not: %s', isNothing);
});

describe('traps: figures, sport, denial, a habit of waking', () => {
  it.each([
    "on a tellement ri au resto que j'ai cru que j'allais m'étouffer",
    'I laughed so hard at the show I thought I was going to choke',
    'I wanted the ground to swallow me up when the slides froze',
    'at the top of the via ferrata I kept thinking I was going to die, then I reached the summit, amazing',
    "en escalade hier je me disais que j'allais mourir sur la paroi, puis j'ai fini la voie",
    "Just so you know, I'm not depressed or anything, just tired from the move",
    'je suis pas déprimée hein, juste crevée par le déménagement',
  ])('%s', isNothing);
  it.each([
    "I haven't got out of bed before 11 in weeks",
    'je me lève pas avant midi depuis un mois',
  ])('no deadline: %s', notUrgent);
  it.each(['Ce sera sans doute mon dernier message.'])(
    'farewell, not panic: %s',
    notCategory('panic'),
  );
});
