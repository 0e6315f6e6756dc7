/**
 * Export a table to Excel (xlsx) and CSV: the header row and the rows as shown (texts in the UI
 * language). Scaffold stand-in: the export component replaces it with the same props.
 */
export type ExportCell = string | number | boolean | null | undefined;

export interface ExportButtonsProps {
  /** File name without extension, e.g. 布局缺口-城市 */
  fileName: string;
  header: string[];
  rows: ExportCell[][];
}

export function ExportButtons(_props: ExportButtonsProps) {
  return null;
}

export default ExportButtons;
