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
    ['il bosse chez peyrache zorglub', 'peyrache zorglub'],
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
  ])('no company in %s', (text) => expect(orgs(text)).toEqual([]));
});
