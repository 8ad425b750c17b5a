import { describe, expect, it } from 'vitest';
import { found } from './helpers.ts';

// A name that is also a word ("pierre", "rose"), or one the gazetteer lacks, typed in
// lower case: someone when the words before or after it say so. Each row is one way of
// writing who sent something, a role and a possessive, a relative, a role in apposition.
describe('a cue before or after the name', () => {
  it.each([
    // Who sent, called or is asked.
    ['de la part de pierre', 'pierre'],
    ["de la part d'amandine", 'amandine'],
    ["de la part d' amandine", 'amandine'],
    ['un mail de pierre', 'pierre'],
    ["un sms d'amandine", 'amandine'],
    ['le numéro de pierre', 'pierre'],
    ['le rib de pierre', 'pierre'],
    ['un vocal de pierre', 'pierre'],
    ['un coup de fil de pierre', 'pierre'],
    ['an email from pierre', 'pierre'],
    ['a text from  pierre', 'pierre'],
    ['a call from pierre', 'pierre'],
    ['tell pierre', 'pierre'],
    ['ask  pierre', 'pierre'],
    ['cc pierre', 'pierre'],
    ["j'ai croisé pierre", 'pierre'],
    ['dis à pierre', 'pierre'],
    ['demande à pierre', 'pierre'],
    // A possessive and a role.
    ['mon manager pierre', 'pierre'],
    ['mon  manager pierre', 'pierre'],
    ['mon manager, pierre', 'pierre'],
    ['ma n+1 rose', 'rose'],
    ['my boss pierre', 'pierre'],
    ['ma collègue rose', 'rose'],
    ['ma collegue rose', 'rose'],
    ['mon binôme pierre', 'pierre'],
    ['ma superieure rose', 'rose'],
    ['ma supérieure rose', 'rose'],
    ['ma conseillère rose', 'rose'],
    ['ma référente rose', 'rose'],
    ['ma tutrice rose', 'rose'],
    ['mon tuteur pierre', 'pierre'],
    ['ma maître de stage rose', 'rose'],
    ['ma maitresse de stage rose', 'rose'],
    ["mon chef d'équipe pierre", 'pierre'],
    ['mon chef d equipe pierre', 'pierre'],
    ['ma cheffe de service rose', 'rose'],
    ['mon responsable de rayon pierre', 'pierre'],
    ['ma prof de cuisine rose', 'rose'],
    ["ma formatrice d'alternance rose", 'rose'],
    ['mon frère pierre', 'pierre'],
    // A role or a relative after the name.
    ['pierre mon manager', 'pierre'],
    ['rose ma cousine', 'rose'],
    ['rose la nouvelle rh', 'rose'],
    ['pierre my flatmate', 'pierre'],
    ['rose ma petite soeur', 'rose'],
    ['pierre le comptable', 'pierre'],
  ])('%s', (text, name) => expect(found(text)).toEqual([`PERSON:${name}`]));
});
