/**
 * The CSV formatter: one row per finding, for spreadsheets and audit records. RFC 4180: a
 * header row, CRLF line ends, a field quoted when it holds a comma, a double quote, CR or LF,
 * and double quotes doubled inside. A UTF-8 byte order mark leads the output, because Excel
 * reads a CSV without one in the system's legacy code page and garbles curly quotes and
 * dashes (LibreOffice, Google Sheets and csv readers with utf-8-sig accept it).
 *
 * Formula injection (OWASP "CSV Injection"): a cell that begins with =, +, -, @, tab or CR is
 * prefixed with a single quote, so a spreadsheet shows it as text instead of running it; an
 * article's own words reach the excerpt, message and suggestion columns, and file names are
 * the author's choice too.
 *
 * Built on csv-stringify (node-csv). Its default quoting looks for the whole record
 * delimiter, so a lone LF inside a field would go unquoted with CRLF records: `quoted_match`
 * quotes any field with a CR or LF.
 */
import { stringify } from 'csv-stringify/sync';
import type { LintResult } from '../types.js';
import { escapeControls, escapeLine } from '../util/escape.js';

/** The columns, in order. `line` and `column` are empty for a document-level finding. */
export const CSV_COLUMNS = ['file', 'line', 'column', 'rule', 'severity', 'excerpt', 'message', 'suggestion', 'guidance_url'] as const;

/** Formats results as CSV, one row per finding (several suggestions joined by " | "). */
export function formatCsv(results: readonly LintResult[]): string {
  const rows: string[][] = [];
  for (const result of results) {
    for (const f of result.messages) {
      const ranged = f.endOffset !== undefined;
      // Control characters become visible escapes (a spreadsheet or a terminal would act on them);
      // line breaks inside prose fields stay, quoted, and a file name stays on one line.
      rows.push([
        escapeLine(result.file),
        ranged ? String(f.line) : '',
        ranged ? String(f.column) : '',
        f.ruleId,
        f.severity,
        escapeControls(f.excerpt),
        escapeControls(f.message),
        escapeControls((f.suggestions ?? []).join(' | ')),
        f.url,
      ]);
    }
  }
  return stringify(rows, {
    header: true,
    columns: [...CSV_COLUMNS],
    bom: true,
    record_delimiter: 'windows',
    quoted_match: /[\r\n]/,
    escape_formulas: true,
  });
}
