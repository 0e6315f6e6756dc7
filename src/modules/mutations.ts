/** Every mutation resolver: the node types' create/update/delete, links, directions and the life cycle. */
import { AuditQueries } from "./audit/audit.resolver.js";
import { CityInput, CityPatch, CityPayload } from "./city/city.input.js";
import { DisciplineInput, DisciplinePatch, DisciplinePayload } from "./discipline/discipline.input.js";
import { EnterpriseInput, EnterprisePatch, EnterprisePayload } from "./enterprise/enterprise.input.js";
import { EvaluationInput, EvaluationPatch, EvaluationPayload } from "./evaluation/evaluation.input.js";
import { FieldInput, FieldPatch, FieldPayload } from "./field/field.input.js";
import { GovernmentInput, GovernmentPatch, GovernmentPayload } from "./government/government.input.js";
import { InvestorInput, InvestorPatch, InvestorPayload } from "./investor/investor.input.js";
import { JointLabInput, JointLabPatch, JointLabPayload } from "./joint-lab/joint-lab.input.js";
import { LifeCycleMutations } from "./joint-lab/life-cycle.resolver.js";
import { LinkMutations } from "./links/link.resolver.js";
import { ParkInput, ParkPatch, ParkPayload } from "./park/park.input.js";
import { PersonInput, PersonPatch, PersonPayload } from "./person/person.input.js";
import { PlatformInput, PlatformPatch, PlatformPayload } from "./platform/platform.input.js";
import { ProjectInput, ProjectPatch, ProjectPayload } from "./project/project.input.js";
import { DirectionMutations } from "./research-direction/direction.resolver.js";
import {
  ResearchDirectionInput,
  ResearchDirectionPatch,
  ResearchDirectionPayload,
} from "./research-direction/research-direction.input.js";
import { entityMutations } from "./shared/entity-mutations.js";
import { StandardInput, StandardPatch, StandardPayload } from "./standard/standard.input.js";
import { UniversityInput, UniversityPatch, UniversityPayload } from "./university/university.input.js";

export const mutationResolvers = [
  entityMutations({
    label: "JointLab",
    name: "JointLab",
    payloadType: JointLabPayload,
    inputType: JointLabInput,
    patchType: JointLabPatch,
    // A new lab is an application; its status moves only through the life-cycle mutations.
    deprecated: {
      create:
        "Refused (USE_LIFE_CYCLE): a lab is created only as an application, by submitApplication (APPLYING, with its lead university and discipline).",
    },
  }),
  entityMutations({
    label: "ResearchDirection",
    name: "ResearchDirection",
    payloadType: ResearchDirectionPayload,
    inputType: ResearchDirectionInput,
    patchType: ResearchDirectionPatch,
    deprecated: {
      create:
        "Refused (USE_LIFE_CYCLE): a direction is added to its lab with its disciplines by addResearchDirection.",
    },
  }),
  entityMutations({
    label: "Discipline",
    name: "Discipline",
    payloadType: DisciplinePayload,
    inputType: DisciplineInput,
    patchType: DisciplinePatch,
  }),
  entityMutations({
    label: "Field",
    name: "Field",
    payloadType: FieldPayload,
    inputType: FieldInput,
    patchType: FieldPatch,
  }),
  entityMutations({
    label: "University",
    name: "University",
    payloadType: UniversityPayload,
    inputType: UniversityInput,
    patchType: UniversityPatch,
  }),
  entityMutations({
    label: "Enterprise",
    name: "Enterprise",
    payloadType: EnterprisePayload,
    inputType: EnterpriseInput,
    patchType: EnterprisePatch,
  }),
  entityMutations({
    label: "Platform",
    name: "Platform",
    payloadType: PlatformPayload,
    inputType: PlatformInput,
    patchType: PlatformPatch,
  }),
  entityMutations({
    label: "Park",
    name: "Park",
    payloadType: ParkPayload,
    inputType: ParkInput,
    patchType: ParkPatch,
  }),
  entityMutations({
    label: "City",
    name: "City",
    payloadType: CityPayload,
    inputType: CityInput,
    patchType: CityPatch,
  }),
  entityMutations({
    label: "Government",
    name: "Government",
    payloadType: GovernmentPayload,
    inputType: GovernmentInput,
    patchType: GovernmentPatch,
  }),
  entityMutations({
    label: "Person",
    name: "Person",
    payloadType: PersonPayload,
    inputType: PersonInput,
    patchType: PersonPatch,
  }),
  entityMutations({
    label: "Investor",
    name: "Investor",
    payloadType: InvestorPayload,
    inputType: InvestorInput,
    patchType: InvestorPatch,
  }),
  entityMutations({
    label: "Standard",
    name: "Standard",
    payloadType: StandardPayload,
    inputType: StandardInput,
    patchType: StandardPatch,
  }),
  entityMutations({
    label: "Project",
    name: "Project",
    payloadType: ProjectPayload,
    inputType: ProjectInput,
    patchType: ProjectPatch,
  }),
  entityMutations({
    label: "Evaluation",
    name: "Evaluation",
    payloadType: EvaluationPayload,
    inputType: EvaluationInput,
    patchType: EvaluationPatch,
    deprecated: {
      create:
        "Refused (USE_LIFE_CYCLE): an evaluation is recorded with its lab and experts by recordEvaluation.",
      remove:
        "Refused (USE_LIFE_CYCLE) for an evaluation of a lab: it is part of the lab's record and goes only with the lab (deleteJointLab); record a newer one to correct it.",
    },
  }),
  LinkMutations,
  DirectionMutations,
  LifeCycleMutations,
  AuditQueries,
] as const;
