/**
 * Export of a table as the reader sees it: an Excel workbook (xlsx, exceljs in the browser, loaded
 * only when clicked) and CSV (UTF-8 with a byte-order mark, so Excel reads the Chinese). The columns
 * are the table's own, headed in the UI language; rows are the table's rows in the order shown.
 * Every table of the console carries these two buttons (DataTable puts them above the table).
 */
import { Button, Space } from "antd";
import { useState } from "react";
import { useI18n } from "../i18n";

export type Cell = string | number | boolean | null | undefined;

export interface ExportColumn<T> {
  /** The column's header, in the UI language. */
  title: string;
  /** The value written for a row (what the table shows, as text or a number). */
  value(row: T): Cell;
}

export interface ExportButtonsProps<T> {
  /** The file name without extension, e.g. "partners-lab-1" (the date is added). */
  name: string;
  /** The sheet's name (at most 31 characters; Excel's limit). */
  sheet?: string;
  columns: ExportColumn<T>[];
  rows: readonly T[];
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The table as a matrix of cells: the header row, then one row per table row. */
export function exportMatrix<T>(columns: ExportColumn<T>[], rows: readonly T[]): Cell[][] {
  return [columns.map((c) => c.title), ...rows.map((row) => columns.map((c) => c.value(row)))];
}

function csvCell(value: Cell): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(matrix: Cell[][]): string {
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

export async function toXlsx(matrix: Cell[][], sheet: string): Promise<Blob> {
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

export function ExportButtons<T>({ name, sheet, columns, rows }: ExportButtonsProps<T>) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const fileName = `${name}-${today()}`;
  return (
    <Space size="small" data-testid={`export-${name}`}>
      <Button
        size="small"
        loading={busy}
        data-testid={`export-xlsx-${name}`}
        disabled={rows.length === 0}
        onClick={() => {
          setBusy(true);
          toXlsx(exportMatrix(columns, rows), sheet ?? name)
            .then((blob) => save(blob, `${fileName}.xlsx`))
            .finally(() => setBusy(false));
        }}
      >
        {t("export.xlsx")}
      </Button>
      <Button
        size="small"
        data-testid={`export-csv-${name}`}
        disabled={rows.length === 0}
        onClick={() =>
          save(new Blob([toCsv(exportMatrix(columns, rows))], { type: "text/csv;charset=utf-8" }), `${fileName}.csv`)
        }
      >
        {t("export.csv")}
      </Button>
    </Space>
  );
}

export default ExportButtons;
