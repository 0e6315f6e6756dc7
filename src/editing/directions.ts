/** A research direction added to a lab with its disciplines and enterprises, in one write (R7, R10). */
import type { GraphNode } from "../modules/shared/node.js";
import { link } from "./links.js";
import { createNode, requireNode } from "./nodes.js";
import type { WriteScope } from "./write.js";

export interface DirectionInput {
  id: string;
  name: string;
  nameEn?: string | null;
  disciplineCodes: string[];
  /** Enterprises leading the direction (role LEAD); R10 asks for an industry-leading one. */
  leadEnterpriseIds?: string[] | null;
  memberEnterpriseIds?: string[] | null;
}

export async function addResearchDirection(
  scope: WriteScope,
  labId: string,
  input: DirectionInput,
): Promise<GraphNode> {
  await requireNode(scope, "JointLab", labId, "labId");
  const { disciplineCodes, leadEnterpriseIds, memberEnterpriseIds, ...props } = input;
  const path = "addResearchDirection";
  const direction = await createNode(scope, "ResearchDirection", props, { labKey: labId, path });
  await link(
    scope,
    {
      type: "HAS_DIRECTION",
      fromLabel: "JointLab",
      fromKey: labId,
      toLabel: "ResearchDirection",
      toKey: input.id,
    },
    path,
  );
  for (const code of disciplineCodes) {
    await link(scope, {
      type: "IN_DISCIPLINE",
      fromLabel: "ResearchDirection",
      fromKey: input.id,
      toLabel: "Discipline",
      toKey: code,
    });
  }
  for (const [ids, role] of [
    [leadEnterpriseIds, "LEAD"],
    [memberEnterpriseIds, "MEMBER"],
  ] as const) {
    for (const id of ids ?? []) {
      await link(scope, {
        type: "PARTICIPATES_IN",
        fromLabel: "Enterprise",
        fromKey: id,
        toLabel: "ResearchDirection",
        toKey: input.id,
        properties: { role },
      });
    }
  }
  return direction;
}
