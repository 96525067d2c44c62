// Groups annotations into sidebar entities: speakers by canonical name, dates by normalised
// value (or text), figures by value and unit (or text). The id is `${group}:${label}`.
import type { Annotation } from '../analysis';
import type { EntityGroup } from '../lsp/protocol';

export function groupOf(a: Annotation): EntityGroup {
  return a.type === 'mention' ? 'speaker' : a.type;
}

export function labelOf(a: Annotation): string {
  switch (a.type) {
    case 'speaker':
    case 'mention':
      return a.entity ?? a.text;
    case 'date':
      return a.value != null ? String(a.value) : a.text;
    case 'figure':
      return a.value != null ? `${a.value}${a.unit ? ` ${a.unit}` : ''}` : a.text;
  }
}

export function entityIdOf(a: Annotation): string {
  return `${groupOf(a)}:${labelOf(a)}`;
}
