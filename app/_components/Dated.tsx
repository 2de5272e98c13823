import type { ReactNode } from 'react';

/** A day, or a span of days written "from…to". */
const DAYS = /\d{4}-\d{2}-\d{2}(?:…\d{4}-\d{2}-\d{2})?/g;

/**
 * Text whose dates never break across lines at their hyphens ("2026-" / "11-30" on a phone): each
 * date, or span of dates, is kept on one line; the text around it wraps as it likes.
 */
export function Dated({ text }: { text: string }) {
  const out: ReactNode[] = [];
  let last = 0;
  for (const m of text.matchAll(DAYS)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    out.push(
      <span className="nowrap" key={m.index}>
        {m[0]}
      </span>,
    );
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return <>{out}</>;
}
