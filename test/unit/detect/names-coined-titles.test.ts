import { describe, expect, it } from 'vitest';
import { found } from './helpers.ts';

// Companies whose names are coined with digits or signs, several capitalised words that
// hire someone, and titles that belong to the name: catches and the traps beside them.
const names = (text: string) =>
  found(text).filter((f) => f.startsWith('PERSON:') || f.startsWith('ORG:'));

const table = (rows: Array<[string, string[]]>) =>
  it.each(rows)('%s', (text, expected) => expect(names(text)).toEqual(expected));

describe('a company coined with digits or signs, with a cue before or hiring after', () => {
  table([
    ['jsuis chez hire2go depuis lundi', ['ORG:hire2go']],
    ['Hire2go want me for a trial day.', ['ORG:Hire2go']],
    ['data2move cherche un alternant', ['ORG:data2move']],
    ['la startup k3y-lab ma proposé un stage', ['ORG:k3y-lab']],
    ['ils sappellent 42watts et ils font des bornes', ['ORG:42watts']],
    ['la boite net&clean me paye au smic', ['ORG:net&clean']],
    ['kuehne+nagel recrute des caristes', ['ORG:kuehne+nagel']],
    ['techni-clim 2000 cherche un frigoriste', ['ORG:techni-clim 2000']],
    ['Info-Réseaux 64 cherche un technicien', ['ORG:Info-Réseaux 64']],
    ['i got a shift at shift4you tomorrow', ['ORG:shift4you']],
  ]);
  // Quantities, codes, acronyms and words with a number are no company.
  table([
    ['stage de 6 mois pour 10euros de l heure', []],
    ['available at 2pm or at 4ish', []],
    ['recovering from covid19 at home', []],
    ['le code wifi cest ab12cd34', []],
    ['my shift at a&e was hell', []],
    ['je bosse en 3x8 depuis lundi', []],
    ['mon n+1 veut me voir', []],
    ['cest un bac+5 minimum', []],
    ['i am at level3 for the course', []],
    ['rendez-vous 14 rue des lilas', []],
    // A number of minutes after the name is not part of it.
    ['rdv chez techni-clim 20 minutes avant', ['ORG:techni-clim']],
    ['the r&d team wants me', []],
  ]);
});

describe('hiring said in more words: a trade sought, an invitation, a no', () => {
  table([
    ['securitas cherche un technicien', ['ORG:securitas']],
    ['mauduit cherche des menuisiers', ['ORG:mauduit']],
    ['smart-up 360 ma dit non', ['ORG:smart-up 360']],
  ]);
  table([
    ['ma mère cherche un plombier', []],
    ['mon frère cherche un appartement', []],
    ['on cherche un remplaçant', []],
    ['la boulangerie cherche un vendeur', []],
    ['lhopital cherche des brancardiers', []],
    ['pole emploi ma dit non', []],
  ]);
});

describe('several capitalised words that hire someone are a company', () => {
  table([
    ["Pompes Funèbres Mercier m'a proposé un poste.", ['ORG:Pompes Funèbres Mercier']],
    ["Ambulances Da Costa m'a rappelé hier.", ['ORG:Ambulances Da Costa']],
    ['Brightmoor Dental Clinic offered me a post.', ['ORG:Brightmoor Dental Clinic']],
  ]);
  // A person, a relative, public services and a kind of firm are not.
  table([
    ["Jean Dupont m'a rappelé.", ['PERSON:Jean Dupont']],
    ["Ma Tante m'a proposé de venir.", []],
    ["Mission Locale m'a rappelé hier.", []],
    ["Pôle Emploi m'a proposé une formation.", []],
    ['Universal Credit pays monthly.', []],
    ['Global Staffing is hiring', []],
    ["France Travail m'a proposé un atelier.", []],
    ['My Manager offered me a raise.', []],
  ]);
});

describe('a title belongs to the name it stands before', () => {
  table([
    ['miss marchand said i can start monday', ['PERSON:miss marchand']],
    ['Father Michael said they need volunteers.', ['PERSON:Father Michael']],
    ['dictée vocale : bonjour monsieur Traoré virgule', ['PERSON:monsieur Traoré']],
    ['Le commandant Sainte-Rose a validé ma mutation.', ['PERSON:commandant Sainte-Rose']],
    ['prof lambert veut le memoire en mars', ['PERSON:prof lambert']],
    ["mrs o'brien called about the meds", ["PERSON:mrs o'brien"]],
    ["le client mr o'sullivan a appelé", ["PERSON:mr o'sullivan"]],
  ]);
  // A possessive makes it a relation, a subject a verb; "o'clock" is no name.
  table([
    ['my sister joan is coming', ['PERSON:joan']],
    ['mon prof lambert veut le memoire', ['PERSON:lambert']],
    ['i miss eva so much', ['PERSON:eva']],
    ['call me sarah tomorrow', ['PERSON:sarah']],
    ["see you at 5 o'clock", []],
    ['Voir MME Dupont demain', ['PERSON:Dupont']],
  ]);
});

describe('a shortened title keeps its dot; how one works is no employer', () => {
  table([
    ['Prof. Haddad a validé le sujet', ['PERSON:Prof. Haddad']],
    ["j'ai eu cours avec le prof. Il était absent", []],
    // "à" before a way of working, not before an employer.
    ['je travaille à mi-temps depuis mars', []],
    ['je travaille à la chaîne, c’est dur', []],
    ['je bosse à la tâche', []],
    ["je travaille à l'heure pour l'instant", []],
    ['je travaille à domicile le lundi', []],
    ['je bosse à la fnac', ['ORG:fnac']],
    ['je travaille à mi temps chez Lidl', ['ORG:Lidl']],
  ]);
});
