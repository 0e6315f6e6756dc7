/**
 * Export of a table as the reader sees it: an Excel workbook (xlsx, exceljs in the browser, loaded
 * only when clicked) and CSV (UTF-8 with a byte-order mark, so Excel reads the Chinese). The columns
 * are the table's own, headed in the UI language; rows are the table's rows in the order shown.
 * Every table of the console carries these two buttons (DataTable puts them above the table).
 */
import { Button, Space } from "antd";
import { useState } from "react";
import { useI18n } from "../i18n";

export type ExportCell = string | number | boolean | null | undefined;

export interface ExportButtonsProps {
  /** File name without extension, e.g. 布局缺口-城市 (the date is added). */
  fileName: string;
  /** The header row, in the UI language. */
  header: string[];
  /** The rows as shown, each cell a text or a number. */
  rows: ExportCell[][];
  /** The sheet's name (Excel allows 31 characters); default the file name. */
  sheet?: string;
  /** data-testid suffix of the buttons (`export-xlsx-${testId}`); default the file name. */
  testId?: string;
}

/** A column of a table as exported: its header and the value of a row. */
export interface ExportColumn<T> {
  title: string;
  value(row: T): ExportCell;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Rows of a table as cells, column by column. */
export function exportRows<T>(columns: ExportColumn<T>[], rows: readonly T[]): ExportCell[][] {
  return rows.map((row) => columns.map((c) => c.value(row)));
}

function csvCell(value: ExportCell): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(matrix: ExportCell[][]): string {
  return "\uFEFF" + matrix.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function toXlsx(matrix: ExportCell[][], sheet: string): Promise<Blob> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Lianhe Hub";
  const ws = workbook.addWorksheet(sheet.slice(0, 31).replace(/[\\/?*[\]:]/g, " ") || "Sheet1");
  for (const row of matrix) ws.addRow(row.map((v) => (v === null || v === undefined ? null : v)));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: "frozen", ySplit: 1 }];
  ws.columns.forEach((column, i) => {
    const widest = Math.max(...matrix.map((row) => String(row[i] ?? "").length));
    column.width = Math.min(60, Math.max(8, widest * 2 + 2));
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
}

export function ExportButtons({ fileName, header, rows, sheet, testId }: ExportButtonsProps) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const id = testId ?? fileName;
  const name = `${fileName}-${today()}`;
  const matrix = () => [header, ...rows];
  return (
    <Space size="small" data-testid={`export-${id}`}>
      <Button
        size="small"
        loading={busy}
        data-testid={`export-xlsx-${id}`}
        disabled={rows.length === 0}
        onClick={() => {
          setBusy(true);
          void toXlsx(matrix(), sheet ?? fileName)
            .then((blob) => save(blob, `${name}.xlsx`))
            .finally(() => setBusy(false));
        }}
      >
        {t("export.xlsx")}
      </Button>
      <Button
        size="small"
        data-testid={`export-csv-${id}`}
        disabled={rows.length === 0}
        onClick={() => save(new Blob([toCsv(matrix())], { type: "text/csv;charset=utf-8" }), `${name}.csv`)}
      >
        {t("export.csv")}
      </Button>
    </Space>
  );
}

export default ExportButtons;
