import { describe, expect, it } from 'vitest';
import { found } from './helpers.ts';

const names = (text: string) =>
  found(text).filter((f) => f.startsWith('PERSON:') || f.startsWith('ORG:'));

describe('PERSON', () => {
  it.each([
    ['Julien Moreau m’a dit que la réunion est annulée.', ['PERSON:Julien Moreau']],
    ['Hier j’ai croisé Kevin à la machine à café.', ['PERSON:Kevin']],
    ['Ma cheffe Anne-Sophie Martin-Dubois est en congé.', ['PERSON:Anne-Sophie Martin-Dubois']],
    ['Élodie et Jean-Édouard arrivent lundi.', ['PERSON:Élodie', 'PERSON:Jean-Édouard']],
    ['j’ai vu karim et sofiane hier soir', ['PERSON:karim', 'PERSON:sofiane']],
    ['La réunion avec Mme Nguyen s’est bien passée.', ['PERSON:Mme Nguyen']],
    ['J’ai rendez-vous avec le Dr Benali jeudi.', ['PERSON:Dr Benali']],
    ['C’est M. Lambert qui signe.', ['PERSON:M. Lambert']],
    ['Maître Fontaine a répondu.', ['PERSON:Maître Fontaine']],
    ['DUPONT m’a encore fait une remarque.', ['PERSON:DUPONT']],
    [
      'Aïcha Diallo va rejoindre l’équipe de Nadia en janvier.',
      ['PERSON:Aïcha Diallo', 'PERSON:Nadia'],
    ],
    [
      'I met Sarah Thompson yesterday and Mike was there too.',
      ['PERSON:Sarah Thompson', 'PERSON:Mike'],
    ],
    ['Olive et Rose sont mes deux collègues préférées.', ['PERSON:Olive', 'PERSON:Rose']],
    ['Pierre, tu peux relire ?', ['PERSON:Pierre']],
    ['Mon manager Nguyen Van Minh est exigeant.', ['PERSON:Nguyen Van Minh']],
    ['Bonjour Régis, merci pour hier.', ['PERSON:Régis']],
    ['Appelle Karim demain matin.', ['PERSON:Karim']],
    ['Rose Martin a signé.', ['PERSON:Rose Martin']],
    ['Fatou N’Diaye et Seán O’Brien sont là.', ['PERSON:Fatou N’Diaye', 'PERSON:Seán O’Brien']],
    ['I’m interviewing with Stripe tomorrow.', ['ORG:Stripe']],
    ['I met Dubois at the conference.', ['PERSON:Dubois']],
    ['Marie-Claire prend sa retraite, qui va gérer la paie ?', ['PERSON:Marie-Claire']],
    ['Tom from finance keeps cc’ing my boss.', ['PERSON:Tom']],
    ['Félicitations à Inès pour sa promotion !', ['PERSON:Inès']],
    ['Samuel, Nora et Hélène sont partis.', ['PERSON:Samuel', 'PERSON:Nora', 'PERSON:Hélène']],
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected));
});

describe('PERSON traps', () => {
  it.each([
    'Prudence avec les contre-offres, tout le monde le dit.',
    'Ange ou démon, impossible à dire.',
    'Mon boss a une Mercedes de fonction.',
    'Rose est une couleur que j’aime.',
    'Le CODIR a validé les OKR et les KPI du COMEX.',
    'Je mets Excel, Teams et Power BI dans mon CV.',
    'Je pars à Nancy lundi pour une formation.',
    'Noël approche et Octobre a été dur.',
    'Vendredi j’ai eu mon point avec la Direction commerciale.',
    'Tuesday’s workshop was great, the COO asked me to run it for the Sales team in November.',
    'La CAF, la CNIL et l’URSSAF me demandent des papiers.',
    'Sur Trello j’ai 47 cartes en retard.',
    'URGENT : je dois répondre avant ce soir.',
    'On a planté un olivier et une rose dans la cour.',
    'On a reçu un mail de l’Assurance Maladie pour la prise en charge.',
    'Le Salon de l’Agriculture commence samedi.',
    'Les Bleus ont gagné hier, toute l’équipe était au bar.',
    'Avec la Black Friday on a trois fois plus de commandes.',
    'Grâce à toi j’ai osé dire non.',
    'Lien de la visio : demain.',
    'Should I mention my ADHD diagnosis to my Line Manager?',
    'I’m thinking of a Master’s in Data Science.',
    'My team in Lisbon is great but the time difference with New York is hard.',
    'I finished the Project Management certificate on Coursera.',
    'Tu te souviens ? Elle est passée manager !',
    'J’ai recroisé une amie au salon VivaTech.',
    'On recrute des chefs d’équipe à Clermont.',
    'Je suis inscrite à Sciences Po pour un executive master.',
  ])('%s', (text) => expect(names(text)).toEqual([]));
});

describe('ORG', () => {
  it.each([
    ['Je bosse chez Decathlon depuis 3 ans.', ['ORG:Decathlon']],
    ['Mon client Transports Girard SARL refuse de payer.', ['ORG:Transports Girard SARL']],
    ['il bosse chez safran maintenant', ['ORG:safran']],
    ['On a signé avec la société Bâtisseurs du Sud.', ['ORG:Bâtisseurs du Sud']],
    ['J’ai candidaté chez L’Oréal et chez Hermès.', ['ORG:L’Oréal', 'ORG:Hermès']],
    ['I’m working at Accenture since 2020.', ['ORG:Accenture']],
    ['Le fournisseur Ateliers du Morvan est en retard.', ['ORG:Ateliers du Morvan']],
    ['Ma responsable à La Poste me met la pression.', ['ORG:La Poste']],
    ['Le rachat par Veolia change tout.', ['ORG:Veolia']],
    ['Acme GmbH and Foo Ltd signed.', ['ORG:Acme GmbH', 'ORG:Foo Ltd']],
    ['Le prestataire Sigma Informatique a livré en retard.', ['ORG:Sigma Informatique']],
    // A client may be a person: a first name and a name after "client" are a person.
    ["J'ai appelé mon client Paul Girard hier.", ['PERSON:Paul Girard']],
    ['Ma cliente Sophie Laurent veut un rdv.', ['PERSON:Sophie Laurent']],
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected));
  it.each([
    'Je suis chez moi ce soir.',
    'On dîne chez des amis.',
    'Orange est ma couleur préférée.',
  ])('ignores %s', (text) => expect(names(text)).toEqual([]));
});
