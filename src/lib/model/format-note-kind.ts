import type { NoteKind } from '../../schemas/fact.ts';

/** Human label of a note kind. */
export function formatNoteKind(kind: NoteKind): string {
  switch (kind) {
    case 'warning':
      return 'Warning';
    case 'limitation':
      return 'Limitation';
    case 'recommendation':
      return 'Recommendation';
    case 'high-availability':
      return 'High availability';
    case 'network':
      return 'Network';
    case 'bundling':
      return 'Bundling';
    case 'runtime':
      return 'Runtime dependency';
    case 'info':
      return 'Note';
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}
