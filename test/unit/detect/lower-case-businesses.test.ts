import { describe, expect, it } from 'vitest';
import { found } from './helpers.ts';

// Businesses and institutions typed in lower case, named by what they are: a head noun
// ("transports", "garage"), an institution named after someone, a care home, a trade
// after the name. Unknown words are made up ("zorglub") so that only the shape speaks.
const orgs = (text: string) => found(text).filter((f) => f.startsWith('ORG:'));

describe('a business or an institution in lower case', () => {
  it.each([
    ['transports mauduit a livré', 'transports mauduit'],
    ['sarl ferreira batiment a livré', 'sarl ferreira batiment'],
    ['garage dos reis et fils a réparé', 'garage dos reis et fils'],
    ['garage pereira freres a réparé', 'garage pereira freres'],
    ['garage pereira a réparé', 'garage pereira'],
    ['ets fauvel a livré', 'ets fauvel'],
    ['groupe michel a livré', 'groupe michel'],
    ['boulangerie martin ouvre', 'boulangerie martin'],
    ['imprimerie zorglub conseil', 'imprimerie zorglub conseil'],
    ['plomberie zorglub services', 'plomberie zorglub services'],
    ['menuiserie zorglub et fils', 'menuiserie zorglub et fils'],
    ['hopital edouard herriot', 'hopital edouard herriot'],
    ['hopital jean verdier', 'hopital jean verdier'],
    ['hopital jean zorglub', 'hopital jean zorglub'],
    ['clinique saint exupery', 'clinique saint exupery'],
    ['clinique saint zorglub brouzouf', 'clinique saint zorglub brouzouf'],
    ['clinique saint zorglub saint', 'clinique saint zorglub'],
    ['fondation abbe pierre', 'fondation abbe pierre'],
    ['lycee jean moulin', 'lycee jean moulin'],
    ['ehpad les tilleuls', 'ehpad les tilleuls'],
    ['clinique les cedres', 'clinique les cedres'],
    ['oakwood care home', 'oakwood care home'],
    ['st brendans care home', 'st brendans care home'],
    ['hartwell academy', 'hartwell academy'],
    ['kestrel logistics', 'kestrel logistics'],
    ['lumen conseil', 'lumen conseil'],
    ['redbrick joinery ltd', 'redbrick joinery ltd'],
    ['le prestataire hexalys conseil', 'hexalys conseil'],
    ['zorglub brouzouf logistics', 'zorglub brouzouf logistics'],
    ['zorglub logistics services', 'zorglub logistics services'],
    ['zorglub bakery ltd', 'zorglub bakery ltd'],
    ['il bosse chez peyrache distribution', 'peyrache distribution'],
    // A second word after a company in lower case: in lower case, one space away.
    ['il bosse chez peyrache, zorglub', 'peyrache'],
    ['il bosse chez peyrache zorglub', 'peyrache zorglub'],
    // The head noun's name: no adjective, unless a known surname ends so.
    ['ets zorgaisbrot a livré', 'ets zorgaisbrot'],
    ['ets vidal a livré', 'ets vidal'],
    ['les transports mauduit', 'transports mauduit'],
    // "et" then no family word ends the name; so does the end of the message.
    ['garage pereira et compagnie', 'garage pereira'],
    ["j'appelle le garage pereira et", 'garage pereira'],
    // Institutions: a first name, then a surname or an -er word of four letters or more.
    ['hopital jean zorgster', 'hopital jean zorgster'],
    ['hopital jean zorg', 'hopital jean zorg'],
    ['clinique saint pierre', 'clinique saint pierre'],
    ['clinique saint jean', 'clinique saint jean'],
    ['clinique saint martin', 'clinique saint martin'],
    ['clinique sainte anne', 'clinique sainte anne'],
    ['hopital saint eloi', 'hopital saint eloi'],
    ['clinique sainte zorglubine', 'clinique sainte zorglubine'],
    ['clinique saint pierre la semaine', 'clinique saint pierre'],
    ['ehpad la roseraie', 'ehpad la roseraie'],
    ['ehpad le bosquet', 'ehpad le bosquet'],
    ['ehpad les pins', 'ehpad les pins'],
    // Care homes and schools: a name of four letters or more, "a" at its end included.
    ['st helena care home', 'st helena care home'],
    ['elms care home', 'elms care home'],
    ['elms academy', 'elms academy'],
    // A trade after a name of three letters or more; two trades at most.
    ['zor logistics', 'zor logistics'],
    ['zorglub logistics services group', 'zorglub logistics services'],
  ])('%s', (text, org) => expect(orgs(text)).toEqual([`ORG:${org}`]));

  it.each([
    'garage zorglub a réparé',
    'la banque autrichienne',
    'le cabinet parisien',
    "l'hopital le plus proche",
    'ehpad les mangent',
    'hopital jean bon',
    'the care home',
    'my care home',
    'grammar school',
    'pilates academy',
    'grace academy',
    'paris academy',
    'apple tree bakery',
    'groupe zorgais a livré',
    'les transports, mauduit',
    "l'ehpad le plus proche",
    'hopital jean, verdier a dit',
    'hopital zorg verdier',
    'hopital jean bou',
    'clinique saint espoir',
    'fondation abbe grand',
    'ehpad le lac',
    'oakwood care centre',
    'oak care home',
    'oak academy',
    'zo logistics',
    'rose logistics',
    'paris logistics',
    'apple logistics',
  ])('no company in %s', (text) => expect(orgs(text)).toEqual([]));
});

describe('a second word after a company in lower case', () => {
  it('in capitals is read on its own', () =>
    expect(found('il bosse chez peyrache Zorglub')).toEqual(['ORG:peyrache', 'PERSON:Zorglub']));
});
