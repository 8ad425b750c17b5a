import { parseCharter } from '@/lib/charter';

/** The charter as a readable document: title, introduction, numbered rules. */
export function CharterText({ text, headingLevel = 2 }: { text: string; headingLevel?: 2 | 3 }) {
  const parsed = parseCharter(text);
  const Title = headingLevel === 2 ? 'h2' : 'h3';
  const Rule = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <article class="charter-text" aria-label={parsed.title || undefined}>
      <Title class="charter-title">{parsed.title}</Title>
      {parsed.intro.split('\n\n').map((paragraph) => (
        <p class="charter-intro">{paragraph}</p>
      ))}
      {parsed.rules.map((rule) => (
        <section key={rule.number} class="charter-rule">
          <Rule>
            {rule.number}. {rule.title}
          </Rule>
          {rule.body.split('\n\n').map((paragraph) => (
            <p>{paragraph}</p>
          ))}
        </section>
      ))}
    </article>
  );
}
