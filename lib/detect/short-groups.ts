// The signal cues and lexicon are regular expressions whose every group is non-capturing.
// They ship with "(?:" written "(" (4,800 of them, about 1 KB once deflated), restored on
// load. The build checks the round trip, so a capturing group or a literal parenthesis in
// a cue fails the build instead of changing meaning.

/** Build time: "(?:" written "(". */
export const shortenGroups = (source: string): string => source.replaceAll('(?:', '(');

/** Run time: every "(" that opens no special group becomes "(?:" again. */
export const expandGroups = (short: string): string => short.replace(/(?<!\\)\((?!\?)/g, '(?:');

/** Build time: the shortened text, after checking that loading gives back the source. */
export function shortenGroupsChecked(source: string, file: string): string {
  const short = shortenGroups(source);
  if (expandGroups(short) !== source)
    throw new Error(
      `${file}: a capturing group or a literal "(" cannot ship shortened; write "(?:" or "\\(".`,
    );
  return short;
}
