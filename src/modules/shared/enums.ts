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

registerEnumType(LabStatus, {
  name: "LabStatus",
  description:
    "Life-cycle state of a joint lab; APPROVED, CONSTRUCTING and OPERATING labs cover, APPLYING and UNDER_REVIEW are applicants",
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
