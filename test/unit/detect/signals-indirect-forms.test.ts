import { describe, expect, it } from 'vitest';
import { isDistress, isNothing, isSevere, read, signals, withRulesAlone } from './signal-rules.ts';

// Distress and urgency said without the usual words, written from the phenomena (C-SSRS
// level 1 and PHQ-9 item 9, preparatory acts, an answer needed now), not from any corpus
// line: the wish to be gone, to not wake up, "they'd be better off", tiredness of living
// said sideways; thanks "for everything" with finality, things given or entrusted "for
// me", passwords left "for after", "you won't hear from me"; "t'es là ?? réponds stp",
// someone on the line or a counter asking now. Each beside ordinary twins that reuse its
// words (a trip, a job, a pet sitter, a meeting), tidy and phone-typed, French and English.
// Rules alone: the learnt model only adds.

withRulesAlone();

describe('passive ideation', () => {
  it.each([
    "j'aimerais m'endormir et ne jamais me réveiller",
    'jveux juste dormir et plus jamais me reveiller',
    "parfois j'ai envie de disparaître pour de bon",
    'ils seraient mieux sans moi, franchement',
    'g plus envie de vivre',
    'chui fatigué de vivre',
    "jsuis fatiguée d'exister",
    "ca serait plus simple si j'etais plus la",
    "j'en ai marre d'être en vie",
    'je voudrais juste ne plus exister',
    'I wish I could just not wake up tomorrow',
    'some days i just want to disappear for good',
    'theyd be better off without me tbh',
    'im so tired of being alive',
    'i just want to sleep and not come back',
    'wish i could go to sleep and never come back',
    'tired of existing ngl',
    'i dont wanna be here anymore',
    'honestly wouldnt mind not waking up',
    'je veux plus être là',
    'ce serait tellement plus simple de plus être là',
    'jai plus la force de vivre',
    'i dont see the point in living anymore',
    "j'ai envie de dormir et de ne plus me réveiller",
    'jvoudrais mendormir et pas me reveiller',
    'everyone would be happier if i was gone',
    "ma famille s'en sortirait mieux sans moi",
    'i just dont want to exist anymore',
    'parfois jme dis que ce serait mieux que je sois plus la',
    "j'aimerais m'endormir pour toujours",
    'jvoudrais dormir et plus jamais revenir',
    'sometimes i wish i was never born',
    'je suis lasse de tout, de vivre même',
    'ptet que ce serait mieux si je me reveillais plus',
    'i wanna go to sleep n never wake up',
    'wish i cud just dissapear',
    'jveu disparaitre',
    'jpp de vivre',
    'cant be bothered being alive anymore',
    'i keep wishing i wasnt here',
    'jaimerais ne plus etre la demain matin',
    'je me dis souvent que tout le monde serait mieux sans moi',
    'i kinda wish i could just fall asleep and not come back',
    'ce serait reposant de ne plus exister',
    'everyone would manage fine without me',
    'jsuis un poids pour tout le monde, ils seraient mieux sans moi',
    "i am such a burden, they'd be better off",
    "je veux que tout s'arrête, pour de bon",
    'i want it all to stop for good',
    'je me demande à quoi je sers encore',
    'parfois je me dis que si je partais ça changerait rien',
    'honestly whats the point of me',
    "i'm tired. not sleepy tired. tired of being here",
    "je voudrais que tout s'éteigne",
    "i'm not scared of dying anymore",
    'la mort me fait plus peur',
    "j'ai envie de m'effacer",
    'I wish I could just fade away',
    'je voudrais partir loin, très loin, et pas revenir',
    'je me vois pas vieillir',
    "I can't see myself getting old",
    "i'd be ok if i didn't wake up tomorrow",
    "wouldn't be so bad if it all just ended",
    'i think about death a lot lately',
    "j'aimerais juste que ça s'arrête, tout, pour toujours",
    'sometimes i pray god takes me in my sleep',
    "j'ai plus ma place ici, nulle part",
    "i don't belong in this world",
    'le monde tournerait très bien sans moi',
    'the world would keep spinning without me',
    "i'm just waiting for it all to be over",
    "i shouldn't be here, i shouldnt exist",
    'jsuis fatigué de me battre pour rester en vie',
    'tired of fighting to stay alive',
    'personne me regretterait',
    'nobody would miss me',
    'i dont wanna wake up tmrw',
    'jveux pu vivre',
    'i want to go to sleep forever',
    "j'ai envie de rejoindre papa là-haut",
    'i keep thinking everyone would be relieved if i was gone',
    'ce serait un soulagement pour tout le monde si je disparaissais',
    "j'ai plus de raison de rester",
    "nothing's keeping me here anymore",
    'plus rien me retient ici',
    "i'm so done with being alive",
    'je veux juste que ça finisse, pour de vrai',
    'i just want it to be over, for real',
    "i'm tired of waking up every morning",
    "j'en ai marre de me réveiller chaque matin",
    'chaque matin je suis déçue de me réveiller',
    'every morning im disappointed i woke up',
    "j'aimerais ne jamais être née",
    'why was i even born',
    'je sers à rien, autant disparaître',
    'im useless might as well disappear',
    "honestly i'd welcome death",
    'i hope i get hit by a car tbh',
    "j'espère que je me réveillerai pas",
    'ça serait pas plus mal si je partais pendant mon sommeil',
    "it'd be nice to just not exist anymore",
    "je veux m'endormir et que ce soit fini",
    'I want to go to sleep and have it all be over',
    "jpeux plus vivre comme ça, jveux que ça s'arrête",
  ])('%s', isSevere('passive-ideation'));

  it.each([
    "j'aimerais m'endormir et ne pas me réveiller avant midi demain",
    "j'ai envie de disparaître sous la couette ce week-end",
    'ils seraient mieux sans moi en réunion, je connais pas le dossier',
    'plus envie de vivre en colocation, je cherche un studio',
    'fatigué de vivre dans les cartons depuis le déménagement',
    'I wish I could just not wake up at 6 tomorrow, early shift',
    'i just want to disappear for the weekend, phone off',
    'theyd be better off without me on the project, im slammed',
    'tired of existing on coffee and crackers lol',
    'wouldnt mind not waking up early for once',
    "ma famille s'en sortirait mieux sans moi pendant la semaine de ski",
    'jveux disparaitre de ce groupe whatsapp mdr',
    'je veux plus être là à 7h tous les matins',
    'everyone would manage fine without me at the offsite, ill dial in',
    'i want it all to stop, the notifications are driving me mad lol',
  ])('ordinary: %s', isNothing);

  // Held to a job, a place, an hour or a move: no wish to be gone (other categories may
  // still read a weariness in some of them).
  it.each([
    'je me demande à quoi je sers dans cette équipe',
    'tired of being here at 9pm on a friday',
    'marre de me réveiller à 5h pour ce taf',
    'tired of waking up early for this commute',
    "j'ai plus ma place dans cette équipe",
    "i don't belong in this world of finance bros",
    'plus rien me retient ici, je démissionne et je pars à Montréal',
    "nothing's keeping me here anymore, i'm moving to Leeds",
    "i'm not scared of dying on stage anymore, the improv class helped",
    'je me vois pas vieillir dans cette boîte',
    "I can't see myself getting old in this job",
    'hope i get hit by a wave of inspiration before the deadline',
    "je voudrais que tout s'éteigne à 22h dans les bureaux",
    'je vais rejoindre papa là-haut au chalet ce week-end',
    'my grandad went in his sleep at 94, peacefully',
    "i'm tired of fighting to stay awake in these meetings",
    'sometimes i wish i wasnt here at this wedding',
    'cant be bothered living in london anymore, too pricey',
    'jvoudrais dormir et plus jamais revenir au bureau le lundi',
    'lasse de tout, de vivre à Paris surtout',
  ])('not a wish to be gone: %s', (text) =>
    expect(read(text).distress).not.toContain('passive-ideation'),
  );
});

describe('farewells and preparatory acts', () => {
  it.each([
    "merci pour tout, vraiment. tu m'as beaucoup aidé. adieu",
    'thank you for everything, i mean it. goodbye',
    'thanks for everything u did for me, bye',
    "j'ai donné mes affaires à ma soeur, elle en aura plus besoin que moi",
    'gave my guitar to my cousin, i wont need it anymore',
    "tu pourras t'occuper de mon chat ? moi je pourrai plus",
    'can u look after my dog from now on, i wont be able to',
    "j'ai écrit des lettres pour mes enfants",
    'my passwords are in the drawer, for after',
    'les codes de mon tel sont dans le tiroir, pour après',
    "you won't hear from me again",
    "tu n'entendras plus parler de moi",
    "tu auras plus de nouvelles de moi, c'est mieux comme ça",
    "dis à maman que je l'aime",
    'tell my mum i love her and im sorry',
    'je voulais te dire au revoir avant de partir pour de bon',
    'I wanted to say goodbye properly, thank you for everything',
    'take care of my kids for me pls',
    'occupe toi de mes enfants pour moi stp',
    "merci d'avoir été là. je vous embêterai plus",
    'sorry for being a burden, you wont have to deal with me anymore',
    "j'ai tout réglé, l'appart, la banque, le chat. merci pour tout",
    "c'est mon dernier message. merci pour tout",
    'this is my last message to you. thanks for everything',
    'if u dont hear from me after tonight, thank u for everything',
    'merci pour tout ce que tu as fait pour moi, vraiment, au revoir',
    'i gave away my plants and my books, someone should enjoy them',
    'merci pr tt, tu mas bcp aidé, bye',
    'thx for everything fr, ur the best, bye',
    'jai laissé une lettre pour ma mere sur la table',
    'you wont hear from me after today, thank you for everything',
    "je t'oublierai pas, merci pour tout, adieu",
    "i've sorted everything out. the flat, the bills, the cat. thank you for being there",
    "j'ai écrit une lettre pour chacun, elles sont dans le tiroir",
    'i wrote letters for everyone, theyre in the drawer',
    "je te laisse mon vélo, j'en aurai plus l'usage",
    "you can have my bike, i won't be using it anymore",
    "c'est la dernière fois que tu as de mes nouvelles",
    "this is the last you'll hear from me",
    "i've changed my will and left everything to my niece",
    'je tenais à te dire adieu avant',
    'wanted to say bye properly before i go for good',
    "merci pour tout. je t'oublierai jamais. prends soin de toi",
    'thank u for everything. take care of urself. goodbye',
    "quoi qu'il arrive, sache que t'as compté pour moi",
    'whatever happens next, know that you mattered',
    "j'ai supprimé tous mes comptes et donné mes affaires",
    'deleted all my accounts and gave my stuff away',
    'my bank details are in the envelope for my sister, for after',
    'tu diras aux autres que je les aimais',
    'tell the others i loved them',
    "je t'écris pour te dire au revoir",
    'im writing to say goodbye',
    "c'est mon dernier message",
    'sorry for everything. goodbye',
    'pardon pour tout. adieu',
  ])('%s', isSevere('farewell'));

  it.each([
    'merci pour tout, vraiment. à lundi !',
    'thank you for everything, i mean it. see you at the next session',
    'gave my old guitar to my cousin, i never play it',
    "tu pourras t'occuper de mon chat ce week-end ? je pars à Lyon",
    'can u look after my dog saturday, im at a wedding',
    'my passwords for the shared drive are in the drawer',
    "you won't hear from me until monday, camping trip",
    'dis à maman que je rentre tard',
    'I wanted to say goodbye to the team before my last day, thank you for everything',
    "c'est mon dernier message avant les vacances, merci pour tout",
    'this is my last message before I board, talk monday',
    'merci pr tt, tu mas bcp aidé, a jeudi',
    'jai laissé une lettre pour ma mere sur la table pour son anniversaire',
    'thx for everything fr, ur the best, see u next week',
    "voilà, j'ai tout rangé, tout trié dans le garage. merci d'avoir aidé samedi",
    "i've sorted everything out for the move. the flat, the bills. thank you for the tips",
    'je voulais juste te remercier pour tout. vraiment. à la semaine prochaine',
    'just wanted to say thank you for everything at the workshop, see you next month',
    "j'ai rendu les clés de l'ancien appart, vendu la voiture, on part au Canada en mars",
    'sold my car, gave the old sofa away, moving to Leeds next week',
    'i wrote letters for everyone at the office for christmas',
    'si tu vois ma mère, dis lui que je passe dimanche',
    "my dog's going to my sister's while i'm in Spain, it's all arranged",
    'je te laisse mon vélo pendant les vacances',
    "you can have my bike for the summer, i won't be using it till september",
    "c'est la dernière fois que tu as de mes nouvelles avant mon départ en stage, bises",
    "this is the last you'll hear from me till monday, off grid camping",
    "j'ai supprimé mon compte insta pour me concentrer sur les partiels",
    'deleted all my accounts for a digital detox month lol',
    'tu diras aux autres que je serai en retard',
    'im writing to say goodbye to the team, my last day is friday',
    "c'est mon dernier message du programme, merci pour tout, on garde contact",
    'sorry for everything yesterday, the meeting was a mess',
  ])('ordinary: %s', isNothing);
});

describe('urgency without trigger words', () => {
  it.each([
    "t'es là ?? réponds stp",
    'tes la?? rep stp',
    'need u now',
    'i need u rn',
    'are u there?? pls answer',
    "jsuis devant le bureau du directeur, il m'attend, je dis quoi ?",
    'the recruiter is on the phone right now, what salary do i say',
    'le recruteur est au tel là, je dis quel salaire ?',
    'le livreur est à la porte, je signe ou pas ?',
    'the bailiff is at my door rn what do i do',
    "l'huissier est devant ma porte, je fais quoi",
    "l'entretien commence dans 10 minutes et j'ai pas le lien",
    'interview in 15 min and my laptop died',
    'il faut rendre le dossier dans 20 min, tu peux relire vite',
    'deadline in 30 mins, can u check my cover letter',
    'decroche stp',
    'pick up pls',
    "need an answer in the next 5 min, they're waiting",
    'rep stp c important',
    'need to know now, yes or no',
    "j'ai besoin de savoir maintenant, oui ou non",
    'answer pls its important',
    'reponds moi c grave',
    'u there? need u',
    'please pick up the phone',
    'the manager is standing at my desk asking for the file, what do i tell him',
    'ma cheffe est à côté de moi et attend que je signe',
    'jsuis au guichet, la dame demande quel document, lequel ??',
    "i'm at the counter and they're asking which form, which one??",
    "le taxi est en bas et j'ai pas trouvé mes clés, tu les as ?",
    "tu peux m'appeler ? genre maintenant",
    'can u call me? like now',
    "t'es réveillée ? j'ai besoin de te parler",
    'are you awake? i need to talk to someone',
    "réponds je t'en supplie",
    'please please answer',
    "j'ai besoin de toi là tout de suite",
    'stp dis moi juste oui ou non, il attend',
    "just tell me yes or no, he's waiting",
    'il est au téléphone et me demande de confirmer, je dis oui ?',
    "she's on the phone asking me to confirm, do i say yes?",
    'la prof est devant moi et me demande mon stage, je réponds quoi',
    "le policier me demande mes papiers, j'ai que mon passeport périmé, je fais quoi",
    'the police officer is asking for my papers and i only have my expired passport, what do i do',
    "someone's banging on my door right now, should i open",
    "le client est là, il s'impatiente, je lui dis quoi pour le retard",
    'the customer is here and getting angry about the delay, what do i tell him',
    "mon entretien c'est dans 5 min et j'ai pas le lien teams",
    'my interview starts in 5 minutes and i cant find the link',
    "le train part dans 10 min et j'ai perdu mon billet",
    'je dois rendre le dossier dans une heure et ça bug',
    'the form closes in an hour and it keeps crashing',
    'ils ferment dans 20 minutes, je prends lequel ?',
    'they close in 20 mins, which one do i take',
    "there's a man following me, i'm scared",
    "un mec me suit depuis la gare, j'ai peur",
    'je suis enfermée dehors avec le bébé et il veut pas ouvrir',
    'vite vite dis moi lequel je coche',
    "j'ai 2 min pour répondre au recruteur, je dis quoi ?",
    "i've got 2 mins to answer the recruiter, what do i say?",
    "sos je suis perdue dans le métro et l'entretien commence dans 15 min",
  ])('%s', (text) => expect(signals(text)).toContain('URGENT'));

  it.each([
    "t'es là demain ? réponds quand tu peux",
    'need u at the meeting tuesday',
    "jsuis devant le bureau du directeur pour le pot de départ, c'est sympa",
    'the recruiter phoned yesterday, what salary should I ask for next round?',
    'le livreur est passé hier, il a laissé le colis à la porte',
    "l'entretien commence dans 10 jours, j'ai hâte",
    'interview in 15 days, any tips?',
    'deadline in 30 days, no stress',
    'need to know by next week, yes or no',
    "j'ai besoin de savoir d'ici vendredi, oui ou non",
    'pick up some milk on the way home pls',
    'answer pls when u get a sec, no rush',
    "le taxi est en bas de chez toi demain à 8h, c'est réservé",
    'can u call me sometime this week',
    "t'es réveillée demain à 8h ? j'ai besoin de te parler de mon cv",
    'réponds quand tu as un moment',
    'stp dis moi oui ou non pour jeudi, pas de rush',
    'just tell me yes or no by friday',
    "il était au téléphone hier et m'a demandé de confirmer, j'ai dit oui",
    'the police officer asked for my papers last year at the border, funny story',
    "le client est venu hier, il s'impatientait, je lui ai dit quoi déjà ?",
    "mon entretien c'est dans 5 jours et j'ai pas encore le lien teams",
    'my interview starts in 5 weeks, cant wait',
    "le train part dans 10 jours, j'ai hâte",
    'the form closes in a month, no stress',
    "j'ai eu un malaise au travail la semaine dernière, ça va mieux",
    "there's a man following me on instagram lol",
    'quick question for next week: which box do i tick on the form',
    'vite fait, tu connais un bon resto pour samedi ?',
  ])('ordinary: %s', isNothing);
});

// Perceived burdensomeness and a foreshortened future (hopelessness): a burden to the
// people close, no future for the writer; not a weight off after a file, plans not made
// yet, or the future of a firm or a job.
describe('a burden to everyone, no future', () => {
  it.each([
    'je suis un poids pour tout le monde',
    'chui un poids pour tt le monde',
    "jsuis qu'un boulet pour tout le monde",
    'je suis un boulet pour ma famille',
    "i'm just a burden",
    'im such a burden on every1',
    "je vois pas d'avenir",
    'jvois pas davenir pour moi',
    "ya pas d'avenir pour moi",
    'y a plus d avenir pour moi franchement',
    'je vois aucun futur pour moi',
    "there's no future for me",
    'theres no future 4 me',
    'i got no future',
  ])('distress: %s', isDistress);

  it.each([
    "j'ai rendu le dossier, un poids en moins",
    "c'est un poids en moins",
    'je suis un boulet en informatique lol',
    'no future plans yet',
    'i have no future plans for the weekend',
    "l'avenir de la boîte m'inquiète",
    "je vois pas d'avenir dans cette boîte",
    "il y a pas d'avenir pour moi dans cette boîte",
    "there's no future in this job",
    'the future of the company is unclear',
    'no future meetings planned',
  ])('nothing: %s', isNothing);
});

// Getting up at all is a wish to be gone, as "à quoi bon me lever" is; getting up early
// or at an hour is about the hour.
describe('what is the point of getting up', () => {
  it.each([
    'à quoi bon me lever',
    'a quoi bon me lever le matin',
    'whats the point in getting up',
    "what's the point of getting out of bed anymore",
    'why bother getting up',
    'why even bother getting out of bed',
  ])('passive ideation, urgent: %s', isSevere('passive-ideation'));

  it.each([
    "what's the point of getting up early if the shop is shut",
    'why bother getting up at 6 on a sunday',
    'why bother getting up for a meeting that got cancelled',
  ])('nothing: %s', isNothing);
});

// Thanks for everything and a goodbye with finality, over two sentences; a goodbye at the
// end of a mentoring, a move or a new job is none.
describe('a farewell said over two sentences', () => {
  it.each([
    'merci pour tout. prends soin de toi, vraiment, adieu',
    'merci pour tt. prends soin de toi. adieu',
    'merci pour tout. je te souhaite une belle vie. adieu',
    'thanks for everything. take care of yourself, really. goodbye',
    'thx for everything. take care of urself. bye',
  ])('farewell, urgent: %s', isSevere('farewell'));

  it.each([
    'merci pour tout pendant ce mentorat. prends soin de toi, au revoir et bonne continuation',
    "merci pour tout, c'était mon dernier jour chez eux. prends soin de toi, à bientôt",
    'merci pour tout ce mois. bonne route, adieu la boîte !',
    'merci pour tout, on se revoit au pot de départ vendredi. bisous',
    'thanks for everything during the mentoring. take care, goodbye and good luck with the next cohort',
    'thanks for everything! we move to Lyon next week, take care, bye',
    'thanks for everything this year! enjoy the holidays, bye',
  ])('nothing: %s', isNothing);
});

// Someone at the door now with a threat said after, someone trying the writer's door,
// shut in: violence now. Locked out of one's own place with the keys forgotten, a parcel
// or a neighbour at the door: nothing (unless the cold, the night or a child put the
// writer in danger).
describe('at the door, shut in, shut out', () => {
  it.each([
    "il est en bas de chez moi et il dit qu'il va me buter",
    'my ex is at the door threatening me',
    "il essaie d'ouvrir ma porte là",
    "he's outside my flat and won't leave, he's threatening me",
    'hes at the door rn and hes drunk im scared',
    'he locked me in the bathroom',
  ])('violence now, urgent: %s', isSevere('violence'));

  it.each([
    'mon mari menferme dans la chambre quand il part au travail',
    'il menferme dehors dans le froid avec le bebe',
    "il m'a enfermée dehors avec le bébé",
    'he locked me out of the house with the kids',
  ])('violence: %s', (text) => expect(read(text).distress).toContain('violence'));

  it.each([
    'i locked myself out of my flat',
    'im locked out of my flat again',
    "je suis enfermée dehors j'ai oublié mes clés",
    'je me suis enfermée dehors comme une idiote',
    'chui enfermee dehors du taf jai oublie mon badge',
    'the neighbour is at my door complaining about the noise',
    'il y a un mec devant ma porte qui vend des calendriers',
    "someone's at the door, brb",
    'il y a un colis devant ma porte',
    'le livreur est devant la porte',
  ])('nothing: %s', isNothing);
});

// A weariness named about a thing (an app, a file, a duty) is a complaint about it.
describe('tired of a thing', () => {
  it.each([
    'im burned out on the uber eats app',
    'jarrive pas a ouvrir le pdf que tu mas envoye',
    "i'm tired of being on call",
    "j'en ai marre d'être d'astreinte",
  ])('nothing: %s', isNothing);

  it.each(["i'm burned out, i can't do this anymore", "j'en peux plus, je suis à bout"])(
    'distress: %s',
    isDistress,
  );
});

// Intimate images shared without consent, papers held to keep the writer: violence
// suffered, whatever the words; holiday photos, a passport kept for a renewal are none.
describe('images shared, papers held', () => {
  it.each([
    'coworker shared my nudes in the group chat',
    'my ex leaked my intimate photos',
    'they posted pics of me online without my clothes',
    'il a partagé mes nudes sur snap',
    'mon ex a balancé des photos de moi nue',
    'hes got my passport and wont give it back',
    'he took my papers and refuses to give them back',
    'il garde mon passeport et veut pas me le rendre',
    'mon patron a confisqué mes papiers il refuse de me les rendre',
  ])('violence: %s', (text) => expect(read(text).distress).toContain('violence'));

  it.each([
    'i shared my holiday pics in the group chat',
    'posted pics of me at the party lol',
    'my mum keeps my passport in her drawer',
    'the embassy kept my passport for the visa, they give it back friday',
    'la mairie a gardé mon passeport pour le renouvellement, ils le rendent lundi',
    "j'ai partagé mes photos de vacances sur insta",
    'il garde mon passeport, il me le rend lundi',
  ])('nothing: %s', isNothing);
});
