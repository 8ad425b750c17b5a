import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/detect/index.ts';

// Active ideation (C-SSRS 2 to 5: intent, a plan and a date, the means counted out, a
// place chosen, a dose looked up), an attempt under way, and self-harm, as people type
// them, tidy or on a phone, in French and English. Each catch sits beside traps that
// share its words: a plan for the gym, a bridge on a walk, a knot for a tie.

const read = (text: string) => analyze(text);

describe('active ideation as people type it', () => {
  it.each([
    // Intent with a time or "for real".
    'honestly i think im going to end it all this weekend',
    "I'm ready to end everything, I've thought it through",
    // The means counted out, saved up, ready.
    'the tablets are lined up on my desk',
    "i've got a whole box of sleeping pills stashed in my sock drawer",
    'been savin up my meds since march',
    // A plan, a date, a place chosen.
    'ive got a plan and i know where',
    'jai deja choisi le pont, je sais ou ce sera',
    'i know which cliff, ive been there twice to look',
    // A method researched.
    'I looked up what amount of insulin would kill me',
    'spent the night reading about which pills kill you quickest',
    // A noose tested; a mind made up.
    "j'ai testé la corde dans le garage",
    'tested the rope on the banister last night',
    'si lundi ça recommence je me pends, voilà',
    'je veux me supprimer, jen peux plus',
  ])('DISTRESS and URGENT: %s', (text) => {
    const result = read(text);
    expect(result.signals).toEqual(expect.arrayContaining(['DISTRESS', 'URGENT']));
    expect(result.distress).toContain('active-ideation');
  });

  it.each([
    'going to end things with my landlord, moving out in may',
    'im going to end it early today, the workshop ran long',
    'the vitamins are lined up on the counter for the week',
    'been saving up my tips since march for a bike',
    'i have a plan to learn spanish before summer',
    "j'ai un plan pour changer de boulot d'ici l'été",
    "j'ai repéré le pont de Normandie pour la photo de groupe",
    'i know which bridge, the one on our cycling route',
    'I looked up what dose of vitamin D is ok for a toddler',
    "j'ai testé le nœud de cravate pour l'entretien",
    'je vais me supprimer du groupe whatsapp du club',
  ])('not active ideation: %s', (text) => {
    expect(read(text).distress).not.toContain('active-ideation');
  });
});

describe('an attempt under way', () => {
  it.each([
    "j'ai ouvert le gaz et calfeutré la porte",
    'the gas is on and i shut all the windows',
    "I'm sitting in the car in the garage, engine running",
    'le moteur tourne dans le garage fermé et je suis dedans',
    "walked into the sea up to my chest and i don't want to turn back",
    "je suis dans la mer jusqu'à la taille et je veux pas revenir",
    'swallowed every tablet in the pack',
    'i drank half a bottle of gin and took my sleeping pills, the room is spinning',
    "j'ai bu et avalé des somnifères, tout tourne",
    'je me rapproche du bord du quai à chaque train',
  ])('a crisis now: %s', (text) => {
    const result = read(text);
    expect(result.signals).toEqual(expect.arrayContaining(['DISTRESS', 'URGENT']));
    expect(result.crisisNow).toBe(true);
  });

  it.each([
    "j'ai ouvert le gaz pour faire cuire les pâtes",
    'turned on the gas to boil the kettle',
    'the engine is running in the garage to warm it up, door open',
    "I'm on the roof of the hotel for the team lunch, amazing view",
    'je suis sur le pont, on attend les autres pour manger',
    "walked into the sea up to my knees, too cold, don't want to go back in",
    'took the whole box to the post office this morning',
    'I drank a coffee and took a paracetamol, much better now',
  ])('no crisis: %s', (text) => {
    expect(read(text).crisisNow).toBe(false);
  });
});

describe('self-harm as people type it', () => {
  it.each([
    'je me fais vomir après le dîner presque tous les soirs',
    'made myself sick again after lunch',
    'je me donne des coups dans les cuisses quand je craque',
    "j'ai rouvert mes cicatrices hier soir",
    'picked open the scars on my arm again',
    'je me suis brûlé le poignet avec le briquet exprès',
    'i held the lighter to my wrist on purpose',
    'pressed the hot pan on my arm just to feel something',
    "haven't eaten since friday, i don't deserve food",
    'je mange plus depuis lundi, je le mérite pas',
    'i deserve the pain, thats why i do it',
    'the cuts on my thighs are getting deeper',
    'took my blade out again last night',
    'dug my nails into my arms till they bled',
    "i can't stop hurting myself",
    "au boulot je dis que c'est le chat",
  ])('DISTRESS, self-harm: %s', (text) => {
    const result = read(text);
    expect(result.signals).toContain('DISTRESS');
    expect(result.distress).toContain('self-harm');
  });

  it.each([
    "I've been cutting back on coffee lately",
    "I've been cutting the photos for the album",
    'made myself go for a run after work again',
    'je me donne des coups de pied au cul pour réviser',
    "j'ai rouvert le dossier des cicatrices pour le cours d'anatomie",
    'burned my shirt with the iron before the interview',
    "haven't eaten since breakfast, the meeting ran over",
    'je mange plus de viande depuis un an, je me sens bien',
    'the marks on my car are getting worse, need a respray',
    'took the pencil sharpener out for the exam',
    'dug my nails into my palm to stay awake in the lecture',
  ])('not self-harm: %s', (text) => {
    expect(read(text).distress).not.toContain('self-harm');
  });
});

describe('violence under way as the person writes', () => {
  it.each([
    'a guy has been following me since the tram stop, im scared',
    "quelqu'un me suit depuis le parking, je marche vite",
    'I locked myself in the bathroom, he is shouting in the hall',
    'je me suis enfermée dans la chambre, il hurle derrière la porte',
    'he says he will kill me if I open the door',
    "il dit qu'il va me tuer, je suis dans la salle de bain",
    "he won't stop banging on the door",
    'le voisin arrête pas de frapper à ma porte et de crier mon nom',
    'my boss locked me in the storeroom',
    "il me laisse pas sortir de l'appart",
  ])('DISTRESS, URGENT, now: %s', (text) => {
    const result = read(text);
    expect(result.signals).toEqual(expect.arrayContaining(['DISTRESS', 'URGENT']));
    expect(result.crisisNow).toBe(true);
  });

  it.each([
    'she started following me on instagram',
    "mon chat me suit partout dans l'appart",
    'I locked myself in the bedroom to revise all weekend',
    "il dit qu'il va me tuer si je gagne encore au Uno mdr",
  ])('no crisis: %s', (text) => {
    expect(read(text).crisisNow).toBe(false);
  });
});
