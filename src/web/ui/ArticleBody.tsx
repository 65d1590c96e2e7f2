/**
 * An article's text as stored: paragraphs separated by a blank line, list items starting with
 * "- " (sub-items "  - "). Rendered as paragraphs and lists, never as HTML.
 */
export function ArticleBody({ body }: { body: string }) {
  const blocks = body.split(/\n\s*\n/);
  return (
    <>
      {blocks.map((block, i) => {
        const lines = block.split('\n');
        if (lines.every((l) => /^\s*- /.test(l))) {
          return (
            <ul key={i}>
              {lines.map((l, j) => (
                <li key={j} className={/^\s{2,}- /.test(l) ? 'sub-item' : undefined}>
                  {l.replace(/^\s*- /, '')}
                </li>
              ))}
            </ul>
          );
        }
        return <p key={i}>{block}</p>;
      })}
    </>
  );
}
