/**
 * A sortable table with its export (xlsx and CSV) above it: one column list serves both, so the
 * exported rows are the rows shown. `value` is the cell's plain value (for sorting and export);
 * `render` may draw it otherwise (a link, a tag, a bar).
 */
import { Space, Table, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useEffect, useState, type ReactNode } from "react";
import { ExportButtons, exportRows, type ExportCell } from "./ExportButtons";

export interface DataColumn<T> {
  key: string;
  title: string;
  value(row: T): ExportCell;
  render?(row: T): ReactNode;
  /** Sortable by value (default true). */
  sortable?: boolean;
  width?: number;
}

export interface DataTableProps<T> {
  /** Export file name and the table's data-testid (`table-${name}`). */
  name: string;
  /** The exported file's name (default `name`), e.g. in the UI language. */
  fileName?: string;
  title?: ReactNode;
  columns: DataColumn<T>[];
  rows: readonly T[];
  rowKey(row: T): string;
  pageSize?: number;
  onRow?(row: T): void;
}

function compare(a: ExportCell, b: ExportCell): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a ?? "").localeCompare(String(b ?? ""), "zh-CN");
}

export function DataTable<T extends object>(props: DataTableProps<T>) {
  const columns: ColumnsType<T> = props.columns.map((c) => ({
    key: c.key,
    title: c.title,
    width: c.width,
    sorter: c.sortable === false ? undefined : (a: T, b: T) => compare(c.value(a), c.value(b)),
    render: (_: unknown, row: T) => (c.render ? c.render(row) : (c.value(row) ?? "")),
  }));
  // The export follows the order the reader sorted the table in.
  const [shown, setShown] = useState<readonly T[]>(props.rows);
  useEffect(() => setShown(props.rows), [props.rows]);
  return (
    <div data-testid={`table-${props.name}`}>
      <Space style={{ width: "100%", justifyContent: "space-between", marginBottom: 8 }} wrap>
        {typeof props.title === "string" ? (
          <Typography.Text strong>{props.title}</Typography.Text>
        ) : (
          props.title
        )}
        <ExportButtons
          fileName={props.fileName ?? props.name}
          testId={props.name}
          header={props.columns.map((c) => c.title)}
          rows={exportRows(props.columns, shown)}
        />
      </Space>
      <Table<T>
        size="small"
        columns={columns}
        dataSource={props.rows as T[]}
        rowKey={props.rowKey}
        onChange={(_pagination, _filters, _sorter, extra) => setShown(extra.currentDataSource)}
        pagination={props.rows.length > (props.pageSize ?? 20) ? { pageSize: props.pageSize ?? 20 } : false}
        onRow={
          props.onRow
            ? (row) => ({ onClick: () => props.onRow!(row), style: { cursor: "pointer" } })
            : undefined
        }
      />
    </div>
  );
}

export default DataTable;
