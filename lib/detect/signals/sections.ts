/**
 * A text of `[name]` sections with one item a line under each, as signals/lexicon.txt and
 * signals/cues.txt write them (the gazetteer's build has left their comments out).
 */
export function readSections(text: string, file: string): Map<string, string[]> {
  const sections = new Map<string, string[]>();
  let items: string[] | undefined;
  for (const line of text.split('\n')) {
    const name = /^\[([a-z-]+)\]$/.exec(line)?.[1];
    if (name) sections.set(name, (items = []));
    else if (items) items.push(line);
    else throw new Error(`${file}: "${line}" stands before any [section]`);
  }
  return sections;
}
