import { any, type Recogniser } from './cue.ts';

// C-SSRS preparatory acts and farewells: goodbye said as if final, thanks "for
// everything, whatever happens next", things given away, letters written, affairs put
// in order.
export const farewell: Recogniser = {
  category: 'farewell',
  cues: [
    {
      re: any(
        'adieu(?! (?:les|le|la|aux|au|a|mes|mon|ma)\\b)',
        '(?:que )?tu as (?:vraiment |beaucoup )?compte(?: pour moi| dans ma vie| enormement| beaucoup)?(?=\\s*[,.!]|\\s*$| quoi)',
        'tu as (?:vraiment |beaucoup )?compte (?:pour moi|dans ma vie|enormement|beaucoup)',
        'tu (?:me )?(?:reverras|verras|entendras) (?:plus|pas|jamais)',
        'tu (?:entendras|entendras plus|entendras pas) parler de moi',
        '(?:ecrit|laisse|prepare|redige) (?:des|une|mes|quelques) (?:lettres?|mots?) (?:pour|a) (?:ma|mon|mes|ceux)',
        '(?:mis|mets|remis|range) (?:mes affaires|tout|mes papiers) en ordre',
        '(?:donne|distribue) (?:mes affaires|toutes mes affaires|mes objets|mes affaires a)',
        '(?:dis|dites|diras) a (?:ma|mon|mes) \\w+ que je (?:le |la |les )?(?:aimais|aime)',
        'derniere fois que (?:je te |je vous |tu me )?(?:parle|ecris|lis|entends)',
        '(?:je voulais|je tenais a|je veux) (?:juste )?te dire (?:au revoir|adieu)',
        '(?:ce sera|ce est|voici) (?:mon|le) dernier (?:message|mot)',
        '(?:je )?(?:en )?aurai (?:plus|pas) besoin',
        '(?:dis|dites|dire|diras) a (?:ma|mon|mes) \\w+ que je (?:suis desolee?|les aime|le aime|la aime|regrette|pense a)',
      ),
      weight: 2,
    },
    {
      re: any(
        'quoi que il (?:arrive|se passe) (?:ensuite|apres|maintenant)',
        'merci pour tout',
        'prends soin de toi',
        'ce est mieux comme ca',
        'tout est range',
        'pardon pour tout',
        'vous inquietez pas pour moi',
        'merci (?:de|pour) (?:avoir ete|etre) la pour moi',
        '(?:je )?(?:te |vous |le )?oublierai (?:pas|jamais)',
        'au revoir(?! et a| a| et bonne)',
        'desolee? pour tout',
      ),
      weight: 1,
    },
    {
      re: any(
        '(?:wanted|want|need|wanna|had) to say goodbye',
        'this is (?:my )?goodbye',
        'goodbye (?:forever|for good|everyone|to you all)',
        '(?:given|giving|gave) away (?:my|all my) (?:things|stuff|belongings|possessions)',
        'wont need (?:them|it|anything|these|my \\w+) anymore',
        'tell (?:my|her|him|them) \\w* ?(?:i|that i) loved',
        '(?:wrote|written|writing|left) (?:letters|a letter|a note|notes) (?:for|to) (?:my|the|everyone)',
        '(?:affairs|things|everything) (?:is |are )?in order',
        'you wont (?:see|hear from|hear) me (?:again|anymore)',
        'last time (?:you|youll) (?:hear|see) (?:from )?me',
        'you (?:mattered|meant (?:a lot|so much|everything)) to me',
        '(?:this is|this will be|its) my last (?:message|text|words)',
      ),
      weight: 2,
    },
    {
      re: any(
        'thank you for everything',
        'thanks for everything',
        'you meant (?:a lot|so much|everything)',
        'whatever happens (?:next|after|now)',
        'take care of (?:yourself|my)',
        'sorry for everything',
        '(?:wanted|want) you to know',
        'goodbye',
      ),
      weight: 1,
    },
  ],
};
