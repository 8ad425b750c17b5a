// What a schedule may hold, wherever it comes from (the editor, a shared tag, a file, a
// backup). Bounds keep the status computation cheap: a tag crafted with hundreds of slots
// would otherwise freeze the chat it is posted in.

/** Ranges one day may list before merging; a real week needs a handful. */
export const MAX_RANGES_PER_DAY = 12;
/** Absences kept in a schedule. */
export const MAX_ABSENCES = 50;
/** An absence's note, in characters. */
export const MAX_NOTE_LENGTH = 200;
/** An IANA zone name ("America/Argentina/ComodRivadavia" is 32). */
export const MAX_TIME_ZONE_LENGTH = 64;
/** Absences a shared tag carries: the upcoming ones only, the soonest first. */
export const MAX_SHARED_ABSENCES = 10;
/** A whole shared tag, in characters: the largest schedule Cadre writes fits well within. */
export const MAX_SHARE_TAG_LENGTH = 16_000;
