/**
 * The mdast side of GFM tables (what `gfmTableFromMarkdown` of mdast-util-gfm-table does),
 * written here because that package's entry also imports its serializer, which pulls in
 * mdast-util-to-markdown (50 modules, about 40 ms of every start-up) that medlint never
 * uses. Same nodes, same positions: the table tests and the corpus findings check it.
 */
import type { InlineCode, Nodes } from 'mdast';
import type { CompileContext, Extension, Token } from 'mdast-util-from-markdown';

type Align = 'left' | 'right' | 'center' | 'none';

declare module 'mdast-util-from-markdown' {
  interface CompileData {
    /** Whether the compiler is inside a table (for `\|` in inline code). */
    inTable?: boolean | undefined;
  }
}

function enterTable(this: CompileContext, token: Token & { _align?: Align[] | undefined }): void {
  // Trailing `position: undefined` keeps the node's hidden class stable, as upstream does.
  const align = (token._align ?? []).map((d) => (d === 'none' ? null : d));
  this.enter({ type: 'table', align, children: [], position: undefined } as unknown as Nodes & { type: 'table' }, token);
  this.data.inTable = true;
}

function exitTable(this: CompileContext, token: Token): void {
  this.exit(token);
  this.data.inTable = undefined;
}

function enterRow(this: CompileContext, token: Token): void {
  this.enter({ type: 'tableRow', children: [], position: undefined } as unknown as Nodes & { type: 'tableRow' }, token);
}

function enterCell(this: CompileContext, token: Token): void {
  this.enter({ type: 'tableCell', children: [], position: undefined } as unknown as Nodes & { type: 'tableCell' }, token);
}

function exit(this: CompileContext, token: Token): void {
  this.exit(token);
}

function exitCodeText(this: CompileContext, token: Token): void {
  let value = this.resume();
  // In a table cell, `\|` is an escaped pipe (backslashes themselves cannot escape pipes).
  if (this.data.inTable) value = value.replace(/\\([\\|])/g, (whole: string, char: string) => (char === '|' ? char : whole));
  const node = this.stack[this.stack.length - 1] as InlineCode;
  node.value = value;
  this.exit(token);
}

/** The from-markdown extension for GFM tables (tables, rows, cells; `\|` in inline code). */
export function gfmTableFromMarkdown(): Extension {
  return {
    enter: { table: enterTable, tableData: enterCell, tableHeader: enterCell, tableRow: enterRow },
    exit: { codeText: exitCodeText, table: exitTable, tableData: exit, tableHeader: exit, tableRow: exit },
  };
}
