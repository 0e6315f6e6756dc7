/** The model's enumerations, registered as GraphQL enums. */
import { registerEnumType } from "type-graphql";
import {
  CommitteeRole,
  DisciplineLevel,
  EvaluationKind,
  EvaluationOutcome,
  FieldKind,
  FundingKind,
  GovernmentLevel,
  InvestorKind,
  LabStatus,
  LegalForm,
  ParticipationRole,
  PlaceLevel,
  PlatformKind,
  StaffRole,
  StandardLevel,
} from "../../domain/enums.js";
import { valuesConfig, type Described } from "./output-enums.js";

const LAB_STATUS_DESCRIPTIONS: Described<LabStatus> = {
  APPLYING: "申请中 — applying (an applicant)",
  UNDER_REVIEW: "评审中 — under review (an applicant)",
  APPROVED: "已批准 — approved (covers)",
  CONSTRUCTING: "建设中 — under construction (covers)",
  OPERATING: "运行中 — operating (covers)",
  EXITED: "已退出 — exited after a performance evaluation",
  REJECTED: "未获批准 — not approved",
};

registerEnumType(LabStatus, {
  name: "LabStatus",
  description:
    "联合实验室的生命周期状态 — Life-cycle state of a joint lab; APPROVED, CONSTRUCTING and OPERATING labs cover, APPLYING and UNDER_REVIEW are applicants",
  valuesConfig: valuesConfig(LAB_STATUS_DESCRIPTIONS),
});
registerEnumType(LegalForm, {
  name: "LegalForm",
  description: "R12: on-campus unit or independent legal entity",
});
registerEnumType(DisciplineLevel, { name: "DisciplineLevel" });
registerEnumType(FieldKind, {
  name: "FieldKind",
  description: "FOCUS: the ten focus fields of R6; INDUSTRY: strategic or future industries",
});
registerEnumType(PlatformKind, { name: "PlatformKind" });
registerEnumType(PlaceLevel, { name: "PlaceLevel" });
registerEnumType(GovernmentLevel, { name: "GovernmentLevel" });
registerEnumType(InvestorKind, { name: "InvestorKind" });
registerEnumType(StandardLevel, { name: "StandardLevel" });
registerEnumType(EvaluationKind, { name: "EvaluationKind" });
registerEnumType(EvaluationOutcome, { name: "EvaluationOutcome" });
registerEnumType(ParticipationRole, {
  name: "ParticipationRole",
  description: "R10: LEAD marks a direction's leading enterprise",
});
registerEnumType(StaffRole, { name: "StaffRole" });
registerEnumType(CommitteeRole, { name: "CommitteeRole" });
registerEnumType(FundingKind, { name: "FundingKind" });
