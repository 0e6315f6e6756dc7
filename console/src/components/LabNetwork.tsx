/**
 * A lab's neighbourhood as a network (Cytoscape.js): the lab, its lead university, partners,
 * co-builders, members, the disciplines of its directions, the enterprises taking part in them, its
 * staff and committee; its best new partners (R17) as dashed links. A click on a node expands it:
 * a lab with its own neighbourhood, an enterprise, university, discipline or person with the labs
 * it is linked to. The node list beside it says the same in text (and is what tests read).
 */
import { Button, Empty, Space, Tag, Typography } from "antd";
import cytoscape, { type Core, type ElementDefinition } from "cytoscape";
import { useCallback, useEffect, useRef, useState } from "react";
import { useClient } from "urql";
import { useI18n, type MessageKey } from "../i18n";
import { href } from "../router";

export type NodeKind =
  "JointLab" | "University" | "Enterprise" | "Government" | "Investor" | "Platform" | "Discipline" | "Person";

export interface NetNode {
  id: string;
  kind: NodeKind;
  key: string;
  name: string;
  nameEn?: string | null;
}

export interface NetEdge {
  source: string;
  target: string;
  relation: string;
  suggested?: boolean;
}

const ACTOR = `__typename
  ... on Enterprise { id name nameEn }
  ... on Government { id name nameEn }
  ... on Investor { id name }
  ... on JointLab { id name nameEn }
  ... on Platform { id name nameEn }
  ... on University { id name nameEn }`;
const LAB_REF = `id name nameEn`;

export const LAB_NEIGHBOURHOOD = `query LabNeighbourhood($id: ID!) {
  jointLab(id: $id) {
    id name nameEn
    leadUniversity { id name nameEn }
    collaborations { partner { ${ACTOR} } }
    coBuilders { builder { ${ACTOR} } }
    members { member { ${ACTOR} } }
    directions { disciplines { code name nameEn } participations { enterprise { id name nameEn } } }
    staff { person { id name nameEn } }
    committee { person { id name nameEn } }
  }
}`;
const ENTERPRISE = `query EnterpriseLabs($id: ID!) { enterprise(id: $id) {
  coBuilds { ${LAB_REF} } memberOf { ${LAB_REF} } incubatedBy { ${LAB_REF} }
  participations { direction { lab { ${LAB_REF} } } } } }`;
const UNIVERSITY = `query UniversityLabs($id: ID!) { university(id: $id) { labsLed { ${LAB_REF} } } }`;
const DISCIPLINE = `query DisciplineLabs($code: ID!) { discipline(code: $code) {
  labsLed { ${LAB_REF} } directions { lab { ${LAB_REF} } } } }`;
const PERSON = `query PersonLinks($id: ID!) { person(id: $id) {
  positions { organization { ${ACTOR} } } committees { lab { ${LAB_REF} } } } }`;

const COLOURS: Record<NodeKind, string> = {
  JointLab: "#1d39c4",
  University: "#389e0d",
  Enterprise: "#d46b08",
  Government: "#cf1322",
  Investor: "#c41d7f",
  Platform: "#08979c",
  Discipline: "#7c3aed",
  Person: "#8c8c8c",
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a GraphQL answer read as JSON
type Raw = Record<string, any>;

function actorNode(a: Raw | null | undefined): NetNode | null {
  if (!a || !a.id || !a.__typename) return null;
  return {
    id: `${a.__typename}:${a.id}`,
    kind: a.__typename as NodeKind,
    key: a.id,
    name: a.name,
    nameEn: a.nameEn,
  };
}
const labNode = (l: Raw | null | undefined): NetNode | null =>
  actorNode(l ? { __typename: "JointLab", ...l } : null);

interface Links {
  nodes: NetNode[];
  edges: NetEdge[];
}

function push(links: Links, from: string, node: NetNode | null, relation: string) {
  if (!node || node.id === from) return;
  links.nodes.push(node);
  links.edges.push({ source: from, target: node.id, relation });
}

/** The neighbours of one node, read from the hub. */
async function neighbours(client: ReturnType<typeof useClient>, node: NetNode): Promise<Links> {
  const links: Links = { nodes: [], edges: [] };
  const run = async (query: string, variables: Record<string, string>) => {
    const result = await client.query(query, variables, { requestPolicy: "network-only" }).toPromise();
    if (result.error) throw result.error;
    return result.data as Raw;
  };
  switch (node.kind) {
    case "JointLab": {
      const lab = (await run(LAB_NEIGHBOURHOOD, { id: node.key })).jointLab as Raw | null;
      if (!lab) break;
      push(
        links,
        node.id,
        actorNode(lab.leadUniversity && { __typename: "University", ...lab.leadUniversity }),
        "leads",
      );
      for (const c of lab.collaborations) push(links, node.id, actorNode(c.partner), "collaborates");
      for (const c of lab.coBuilders) push(links, node.id, actorNode(c.builder), "coBuilds");
      for (const m of lab.members) push(links, node.id, actorNode(m.member), "member");
      for (const d of lab.directions) {
        for (const disc of d.disciplines)
          push(
            links,
            node.id,
            {
              id: `Discipline:${disc.code}`,
              kind: "Discipline",
              key: disc.code,
              name: `${disc.code} ${disc.name}`,
              nameEn: disc.nameEn && `${disc.code} ${disc.nameEn}`,
            },
            "direction",
          );
        for (const p of d.participations)
          push(links, node.id, actorNode({ __typename: "Enterprise", ...p.enterprise }), "participates");
      }
      for (const s of lab.staff)
        push(links, node.id, actorNode({ __typename: "Person", ...s.person }), "staff");
      for (const s of lab.committee)
        push(links, node.id, actorNode({ __typename: "Person", ...s.person }), "committee");
      break;
    }
    case "Enterprise": {
      const e = (await run(ENTERPRISE, { id: node.key })).enterprise as Raw | null;
      if (!e) break;
      for (const l of e.coBuilds) push(links, node.id, labNode(l), "coBuilds");
      for (const l of e.memberOf) push(links, node.id, labNode(l), "member");
      for (const l of e.incubatedBy) push(links, node.id, labNode(l), "incubated");
      for (const p of e.participations) push(links, node.id, labNode(p.direction?.lab), "participates");
      break;
    }
    case "University": {
      const u = (await run(UNIVERSITY, { id: node.key })).university as Raw | null;
      for (const l of u?.labsLed ?? []) push(links, node.id, labNode(l), "leads");
      break;
    }
    case "Discipline": {
      const d = (await run(DISCIPLINE, { code: node.key })).discipline as Raw | null;
      for (const l of d?.labsLed ?? []) push(links, node.id, labNode(l), "leadDiscipline");
      for (const dir of d?.directions ?? []) push(links, node.id, labNode(dir.lab), "direction");
      break;
    }
    case "Person": {
      const p = (await run(PERSON, { id: node.key })).person as Raw | null;
      for (const pos of p?.positions ?? []) push(links, node.id, actorNode(pos.organization), "staff");
      for (const c of p?.committees ?? []) push(links, node.id, labNode(c.lab), "committee");
      break;
    }
    default:
      break;
  }
  return links;
}

export interface LabNetworkProps {
  lab: NetNode;
  /** Best new partners (R17), drawn as dashed links from the lab. */
  suggested?: NetNode[];
  height?: number;
}

export function LabNetwork({ lab, suggested = [], height = 520 }: LabNetworkProps) {
  const { t, language } = useI18n();
  const client = useClient();
  const element = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const [nodes, setNodes] = useState<Map<string, NetNode>>(new Map());
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const [selected, setSelected] = useState<NetNode | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const nodesRef = useRef(nodes);
  nodesRef.current = nodes;
  const expandedRef = useRef(expanded);
  expandedRef.current = expanded;
  const label = useCallback((n: NetNode) => (language === "en" && n.nameEn ? n.nameEn : n.name), [language]);
  const labelRef = useRef(label);
  labelRef.current = label;

  const add = useCallback((links: Links, around?: string) => {
    const graph = cy.current;
    if (!graph) return;
    const fresh: ElementDefinition[] = [];
    const known = new Map(nodesRef.current);
    for (const n of links.nodes) {
      if (known.has(n.id)) continue;
      known.set(n.id, n);
      const position = around ? graph.getElementById(around).position() : undefined;
      fresh.push({
        group: "nodes",
        data: { id: n.id, label: labelRef.current(n), kind: n.kind, colour: COLOURS[n.kind] },
        position: position
          ? { x: position.x + Math.random() * 40 - 20, y: position.y + Math.random() * 40 - 20 }
          : undefined,
      });
    }
    for (const e of links.edges) {
      const id = `${e.source}->${e.target}:${e.relation}`;
      if (graph.getElementById(id).nonempty()) continue;
      fresh.push({
        group: "edges",
        data: { id, source: e.source, target: e.target, relation: e.relation },
        classes: e.suggested ? "suggested" : "",
      });
    }
    graph.add(fresh);
    graph
      .layout({
        name: "cose",
        animate: false,
        randomize: false,
        nodeRepulsion: () => 8000,
        idealEdgeLength: () => 80,
      })
      .run();
    graph.fit(undefined, 24);
    setNodes(known);
  }, []);

  const expand = useCallback(
    async (node: NetNode) => {
      if (expandedRef.current.has(node.id)) return;
      setBusy(node.id);
      setError(null);
      try {
        const links = await neighbours(client, node);
        add(links, node.id);
        setExpanded((s) => new Set(s).add(node.id));
        cy.current?.getElementById(node.id).addClass("expanded");
      } catch (e) {
        setError(String((e as Error).message ?? e));
      } finally {
        setBusy(null);
      }
    },
    [client, add],
  );
  const expandRef = useRef(expand);
  expandRef.current = expand;

  // A new graph for each lab (and for the suggested partners it comes with).
  useEffect(() => {
    if (!element.current) return;
    const graph = cytoscape({
      container: element.current,
      minZoom: 0.2,
      maxZoom: 3,
      style: [
        {
          selector: "node",
          style: {
            "background-color": "data(colour)",
            label: "data(label)",
            "font-size": 10,
            "text-wrap": "ellipsis",
            "text-max-width": "120px",
            width: 14,
            height: 14,
            color: "#262626",
          },
        },
        { selector: "node.root", style: { width: 26, height: 26, "font-weight": "bold" } },
        { selector: "node.expanded", style: { "border-width": 2, "border-color": "#000" } },
        { selector: "edge", style: { width: 1, "line-color": "#bfbfbf", "curve-style": "haystack" } },
        {
          selector: "edge.suggested",
          style: { "line-style": "dashed", "line-color": "#fa8c16", width: 2, "curve-style": "bezier" },
        },
      ],
    });
    cy.current = graph;
    (element.current as unknown as { __cy?: Core }).__cy = graph; // for the browser tests
    graph.on("tap", "node", (event) => {
      const n = nodesRef.current.get(event.target.id() as string);
      if (!n) return;
      setSelected(n);
      void expandRef.current(n);
    });
    const root: Links = { nodes: [lab], edges: [] };
    nodesRef.current = new Map();
    setNodes(new Map());
    setExpanded(new Set());
    setSelected(lab);
    add(root);
    graph.getElementById(lab.id).addClass("root");
    add({
      nodes: suggested,
      edges: suggested.map((s) => ({ source: lab.id, target: s.id, relation: "suggested", suggested: true })),
    });
    void expandRef.current(lab);
    return () => {
      graph.destroy();
      cy.current = null;
    };
  }, [lab, suggested, add]);

  // Labels follow the UI language.
  useEffect(() => {
    cy.current?.nodes().forEach((n) => {
      const node = nodesRef.current.get(n.id());
      if (node) n.data("label", label(node));
    });
  }, [label, nodes]);

  const counts = new Map<NodeKind, number>();
  for (const n of nodes.values()) counts.set(n.kind, (counts.get(n.kind) ?? 0) + 1);

  return (
    <div style={{ display: "flex", gap: 16, alignItems: "stretch" }}>
      <div
        ref={element}
        data-testid="lab-network"
        data-nodes={nodes.size}
        data-expanded={expanded.size}
        data-busy={busy ? "true" : "false"}
        style={{ flex: 1, height, border: "1px solid #f0f0f0", borderRadius: 6 }}
      />
      <div style={{ width: 280 }}>
        <Space wrap size={[4, 4]} style={{ marginBottom: 8 }}>
          {[...counts.entries()].map(([kind, count]) => (
            <Tag key={kind} color={COLOURS[kind]}>
              {t(`network.kind.${kind}` as MessageKey)} {count}
            </Tag>
          ))}
        </Space>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {t("network.hint")}
        </Typography.Paragraph>
        {error ? <Typography.Text type="danger">{error}</Typography.Text> : null}
        {selected ? (
          <div data-testid="network-selected">
            <Typography.Text strong>{label(selected)}</Typography.Text>
            <div>
              <Tag color={COLOURS[selected.kind]}>{t(`network.kind.${selected.kind}` as MessageKey)}</Tag>
              {expanded.has(selected.id) ? <Tag>{t("network.expanded")}</Tag> : null}
            </div>
            <Space style={{ marginTop: 8 }}>
              <Button
                size="small"
                data-testid="network-expand"
                loading={busy === selected.id}
                disabled={expanded.has(selected.id)}
                onClick={() => void expand(selected)}
              >
                {t("network.expand")}
              </Button>
              {selected.kind === "JointLab" ? (
                <a href={href("lab", { id: selected.key })}>{t("network.profile")}</a>
              ) : null}
            </Space>
          </div>
        ) : (
          <Empty description={t("network.none")} />
        )}
      </div>
    </div>
  );
}

export default LabNetwork;
