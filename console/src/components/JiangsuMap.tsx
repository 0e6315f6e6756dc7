/**
 * Jiangsu's 13 cities as an ECharts map, from the vendored outlines (console/public/maps, served by
 * the hub: no internet needed), each city shaded by its value, labelled with its name and value, its
 * labels in the tooltip; a click selects the city. Drawn as SVG, so the city names are text in the
 * page (tests read them). The outlines are schematic: not for publication.
 */
import { MapChart } from "echarts/charts";
import { TooltipComponent, VisualMapComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { useEffect, useRef, useState } from "react";
import { useI18n } from "../i18n";

echarts.use([MapChart, TooltipComponent, VisualMapComponent, SVGRenderer]);

export interface JiangsuMapCity {
  name: string;
  value: number;
  labels?: string[];
}

export interface JiangsuMapProps {
  cities: JiangsuMapCity[];
  onSelect?(city: string): void;
  /** What the value counts, for the legend (e.g. "gaps"). */
  valueName?: string;
  height?: number;
}

export const MAP_URL = "/maps/jiangsu-cities.json";
const MAP_NAME = "jiangsu";
let loading: Promise<void> | undefined;

/** Fetches and registers the outlines once per page. */
export function loadJiangsuMap(): Promise<void> {
  loading ??= fetch(MAP_URL)
    .then((response) => {
      if (!response.ok) throw new Error(`${MAP_URL}: HTTP ${response.status}`);
      return response.json();
    })
    .then((geoJson) => echarts.registerMap(MAP_NAME, geoJson))
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
}

export function JiangsuMap({ cities, onSelect, valueName, height = 460 }: JiangsuMapProps) {
  const { t } = useI18n();
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const [ready, setReady] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const select = useRef(onSelect);
  select.current = onSelect;

  useEffect(() => {
    let cancelled = false;
    loadJiangsuMap().then(
      () => {
        if (cancelled || !element.current) return;
        chart.current = echarts.init(element.current, undefined, { renderer: "svg" });
        chart.current.on("click", (params) => {
          if (params.name) select.current?.(params.name);
        });
        setReady(true);
      },
      (error: unknown) => !cancelled && setFailed(String(error)),
    );
    const resize = () => chart.current?.resize();
    window.addEventListener("resize", resize);
    return () => {
      cancelled = true;
      window.removeEventListener("resize", resize);
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    if (!ready || !chart.current) return;
    const max = Math.max(1, ...cities.map((c) => c.value));
    chart.current.setOption(
      {
        tooltip: {
          trigger: "item",
          formatter: (p: { name: string; value?: number; data?: JiangsuMapCity }) => {
            const labels = p.data?.labels ?? [];
            const head = `<b>${escapeHtml(p.name)}</b>${valueName ? ` · ${escapeHtml(valueName)}` : ""}: ${Number.isFinite(p.value) ? p.value : 0}`;
            return [head, ...labels.slice(0, 12).map(escapeHtml), labels.length > 12 ? "…" : ""]
              .filter(Boolean)
              .join("<br/>");
          },
        },
        visualMap: {
          min: 0,
          max,
          left: 8,
          bottom: 8,
          calculable: true,
          text: [String(max), "0"],
          inRange: { color: ["#f0f5ff", "#597ef7", "#1d39c4"] },
        },
        series: [
          {
            type: "map",
            map: MAP_NAME,
            roam: false,
            selectedMode: false,
            label: {
              show: true,
              fontSize: 11,
              formatter: (p: { name: string; value?: number }) =>
                `${p.name}${Number.isFinite(p.value) ? ` ${p.value}` : ""}`,
            },
            emphasis: { label: { show: true, fontWeight: "bold" } },
            data: cities.map((c) => ({ name: c.name, value: c.value, labels: c.labels })),
          },
        ],
      },
      { notMerge: true },
    );
  }, [ready, cities, valueName]);

  return (
    <div>
      <div
        ref={element}
        data-testid="jiangsu-map"
        data-ready={ready ? "true" : "false"}
        role="img"
        aria-label={t("map.label")}
        style={{ width: "100%", height }}
      />
      {failed ? <div data-testid="jiangsu-map-error">{failed}</div> : null}
      <div style={{ fontSize: 12, color: "#8c8c8c" }}>{t("map.schematic")}</div>
    </div>
  );
}

export default JiangsuMap;
