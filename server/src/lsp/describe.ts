// One-line descriptions of annotations, shared by diagnostics, symbols and the sidebar.
import type { Annotation } from '../analysis';

export function describeAnnotation(a: Annotation, fallbackRole?: string | null): string {
  switch (a.type) {
    case 'speaker': {
      const role = a.role ?? fallbackRole;
      return `Speaker: ${a.entity ?? a.text}${role ? ` (${role})` : ''}${a.cue ? ` — ${a.cue}` : ''}`;
    }
    case 'mention':
      return `Mention: ${a.entity ?? a.text}`;
    case 'date':
      return `Date: ${a.text}${a.value != null ? ` → ${a.value}` : ''}`;
    case 'figure':
      return `Figure: ${a.text}${a.value != null ? ` → ${a.value}${a.unit ? ` ${a.unit}` : ''}` : a.unit ? ` (${a.unit})` : ''}`;
  }
}

/** a quote or snippet cut to about `max` characters, on one line */
export function trimText(s: string, max = 120): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length <= max ? one : one.slice(0, max - 1).trimEnd() + '…';
}
