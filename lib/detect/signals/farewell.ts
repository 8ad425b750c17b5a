import { any, packedCue, signs, packedSigns, type Recogniser } from './cue.ts';
import { NOT_A_FAREWELL_AFTER } from './ordinary-uses.ts';

// C-SSRS preparatory acts and farewells: goodbye said as if final, thanks "for
// everything, whatever happens next", things given away, letters written, affairs put
// in order.
// ERRAND (spelt out in cues.txt, where the cues that used it now live): A note that says what it is for: the rent, a day off, a reminder.

// A letter left for the people closest: what a farewell leaves.
// END, where the message or its clause ends (nothing after says what it is for): spelt
// out in cues.txt where the cues that used it now live.
// ended(), a group of alternatives closed by END: spelt out in cues.txt with the signs.

// NO_WHILE (spelt out in cues.txt, where the cues that used it now live): A day, a trip or a while named after the words: a sitter asked for, not a farewell.

export const farewell: Recogniser = {
  category: 'farewell',
  cues: [
    // Phone-typed families, first: where two cues start together the earlier is read.
    // A pet placed "in case", a goodbye asked "for me", all one's things given.
    // Thanks for everything, then a last word: "thanks for everything u did, i mean it, bye".
    // Children or pets entrusted "for me", with no day or trip to explain it.
    // No news any more: "tu auras plus de nouvelles de moi", "won't hear from me after today".
    packedCue('farewell-pet-placed-case'),
    // Everything one owns given or sorted, what is left for after, a last message, a
    // goodbye said to everyone, a will, "tell her it's not her fault".
    packedCue('farewell-things-given', { notOther: true }),
    // Signs that add up: if something happens, a pet that will live elsewhere, a note left.
    packedCue('farewell-signs-that-add', { weight: 1, notOther: true }),
    // Signs that need another, each counted on its own.
    // A last word, a task beyond the writer, something left "for after".
    // Things handed on, a will, what the reader meant: "you can have my bike", "left
    // everything to my niece", "know that you mattered".
    ...packedSigns('farewell-signs-need-another', 12),
    packedCue('farewell-adieu'),
    packedCue('farewell-goodbye'),
    ...signs('quoi que il (?:arrive|se passe)'),
    // Debts settled: a sign, beside another.
    ...signs('(?:paid off|settled|rembourse|regle) (?:all |toutes )?(?:my|mes) (?:debts|dettes)'),
    // A note, or a letter to someone not close, is an everyday thing ("a note for my
    // flatmate about the rent"): a sign only, and none when it says what it is for.
    packedCue('farewell-note-letter-someone', { weight: 1 }),
    // Meant to be read afterwards: "she'll understand when she finds it".
    packedCue('farewell-meant-read-afterwards', { weight: 1 }),
    // "If you don't hear from me…": told as the end, not as a reminder "by Monday".
    packedCue('farewell-you-don-hear', { weight: 1 }),
    // "t'inquiète pas pour moi après", "don't worry about me afterwards".
    ...packedSigns('farewell-signs-no-worry-after', 1),
    // Absolving the reader of what comes next: "tu n'y es pour rien dans la suite", "none
    // of what happens next is on you".
    packedCue('farewell-absolving-the-reader'),
    // Absolving the reader: "ce n'est pas ta faute", "t'en veux pas", "none of this is on you".
    packedCue('farewell-absolving-the-reader-two', { weight: 1 }),
    packedCue('farewell-you-were-great', { weight: 1 }),
    packedCue('farewell-occupera-occuperont-prendra', { weight: 1 }),
    // "You won't need to chase me any more": told as an absence to come.
    packedCue('farewell-you-won-need'),
    packedCue('farewell-sorted-organised-organized', { weight: 1 }),
    packedCue('farewell-all-in-order', { weight: 1 }),
    packedCue('farewell-ecrit-laisse-envoye'),
    packedCue('farewell-anything-something-happens', { weight: 1 }),
    // The end told quietly: "moi je n'irai pas plus loin", "none of it will matter soon",
    // a good memory of what we had; signs that add up.
    ...packedSigns('farewell-signs-the-end-quietly', 20),
    // A last message said as such, nothing after it: "ce sera sans doute mon dernier
    // message", "this will be my last message" (not "of the day", "before the holidays").
    packedCue('farewell-last-message'),
    // Not "whatever happens with the interview": an outcome, not what comes after.
    ...packedSigns('farewell-signs-things-entrusted', 9),
    packedCue('farewell-wanted-want-needed', { weight: 1 }),
    // Not a goodbye card, a goodbye to the team or to an old phone.
    ...signs(`goodbye${NOT_A_FAREWELL_AFTER}`),
    packedCue('farewell-given-gave-giving', { weight: 1 }),
    ...signs(
      'wont be (?:playing|using|needing|seeing|doing) (?:it|them|you|this|that|anything) (?:again|anymore)',
    ),
    packedCue('farewell-merci-pour-avoir', { weight: 1 }),
    packedCue('farewell-not-your-fault', { weight: 1 }),
    packedCue('farewell-vous-legue', { weight: 1 }),
    packedCue('farewell-prends-bien-soin', { weight: 1 }),
    packedCue('farewell-youve-been-such', { weight: 1 }),
    packedCue('farewell-if-something-happens', { weight: 1 }),
    ...packedSigns('farewell-signs-codes-handed-on', 3),
    packedCue('farewell-prends-prenez-bien', { weight: 1 }),
    { re: any('promets? le moi', 'promise me'), weight: 1 },
    // Preparatory acts in any words: a note for each one, a last message to all.
    packedCue('farewell-mot-une-lettre'),
    packedCue('farewell-gave-given-donne', { weight: 1 }),
    // Things given away, contracts ended, all left in order, an envelope for someone close,
    // a pet entrusted "from now on": signs that add up.
    ...packedSigns('farewell-signs-left-in-order', 15),
  ],
};
