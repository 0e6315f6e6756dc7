/**
 * One ECharts chart (bar, heatmap, map…) sized to its box, re-drawn when its option changes, with
 * an optional click handler. Only the chart types and components the console uses are registered
 * (echarts/core), which keeps the bundle smaller than the full build.
 */
import { BarChart, HeatmapChart, MapChart, PieChart, ScatterChart } from "echarts/charts";
import {
  GeoComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
} from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import { useEffect, useRef, type CSSProperties } from "react";

echarts.use([
  BarChart,
  HeatmapChart,
  MapChart,
  PieChart,
  ScatterChart,
  GeoComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
]);

export { echarts };
export type EChartsOption = Parameters<echarts.ECharts["setOption"]>[0];
export interface EChartClick {
  name: string;
  seriesName?: string;
  data?: unknown;
  value?: unknown;
  dataIndex: number;
}

export function EChart(props: {
  option: EChartsOption;
  style?: CSSProperties;
  onClick?(event: EChartClick): void;
  "data-testid"?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const onClick = useRef(props.onClick);
  onClick.current = props.onClick;

  useEffect(() => {
    if (!box.current) return;
    const instance = echarts.init(box.current);
    chart.current = instance;
    instance.on("click", (event) => onClick.current?.(event as unknown as EChartClick));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(box.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(props.option, { notMerge: true });
  }, [props.option]);

  return (
    <div
      ref={box}
      data-testid={props["data-testid"]}
      style={{ width: "100%", height: 320, ...props.style }}
    />
  );
}
