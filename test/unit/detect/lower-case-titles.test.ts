import { describe, expect, it } from 'vitest';
import { found } from './helpers.ts';

// People typed in lower case with what names them: a title, a family nickname, a
// greeting, being named, being sent something, a surname with its particles.
describe('a person in lower case, and how far the name goes', () => {
  it.each([
    ['mlle rousseau est là', 'mlle rousseau'],
    ['madame rousseau est là', 'madame rousseau'],
    ['monsieur rousseau est là', 'monsieur rousseau'],
    ['docteur rousseau est là', 'docteur rousseau'],
    ['mrs potter called', 'mrs potter'],
    ['professor ainsworth called', 'professor ainsworth'],
    ['m ferrand a appelé', 'm ferrand'],
    ['m. ferrand a appelé', 'm. ferrand'],
    ['m da silva a appelé', 'm da silva'],
    ['m o brien a appelé', 'm o brien'],
    ['maitre aurelie dos santos a appelé', 'maitre aurelie dos santos'],
    ['tata odile arrive', 'tata odile'],
    ['tonton jean arrive', 'jean'],
    ['merci rose pour hier', 'rose'],
    ['salut pierre tu vas bien', 'pierre'],
    ['thanks hope for the notes', 'hope'],
    ['merci rose', 'rose'],
    ['merci rose, à demain', 'rose'],
    ['elle sappelle grace mbarga', 'grace mbarga'],
    ['my boss is called tamsin', 'tamsin'],
    ["elle s'appelle grace", 'grace'],
    ['her name is hope', 'hope'],
    ['jai passé le relais a eva', 'eva'],
    ['envoie le doc a noa', 'noa'],
    ["un msg d'adieu a lea", 'lea'],
    ["j'ai vu jean de la fontaine", 'jean de la fontaine'],
    ["j'ai vu piet van der berg", 'piet van der berg'],
    ["j'ai vu joao dos santos", 'joao dos santos'],
    ["j'ai vu sean o'connell", "sean o'connell"],
    ["j'ai vu sean o brien", 'sean o brien'],
    ["j'ai vu pierre le goff", 'pierre le goff'],
    ['dave carpenter said hi', 'dave carpenter'],
    ["j'ai vu maria garcia lopez", 'maria garcia lopez'],
    ['demander a karim de relire', 'karim'],
    ['jordan arrete pas', 'jordan'],
  ])('%s', (text, name) => expect(found(text)).toEqual([`PERSON:${name}`]));

  it.each([
    '3 m de long',
    'm bof',
    'tu peux m appeler',
    'mamie dit que oui',
    'hi baby',
    'merci maman',
    "on l'appelle grace",
    'jette du balcon',
  ])('no one in %s', (text) => expect(found(text)).toEqual([]));
});
