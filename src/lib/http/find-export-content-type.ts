import type { ComponentsExportFormat } from '../model/index.ts';

/** Content-Type header of an export format, always UTF-8. */
export function findExportContentType(format: ComponentsExportFormat): string {
  switch (format) {
    case 'markdown':
      return 'text/markdown; charset=utf-8';
    case 'csv':
      return 'text/csv; charset=utf-8; header=present';
    case 'json':
      return 'application/json; charset=utf-8';
    default: {
      const unreachable: never = format;
      return unreachable;
    }
  }
}
