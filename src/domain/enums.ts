/** Enumerations of the graph model (docs/model.md). Values are stored as these strings. */

export enum LabStatus {
  APPLYING = "APPLYING",
  UNDER_REVIEW = "UNDER_REVIEW",
  APPROVED = "APPROVED",
  CONSTRUCTING = "CONSTRUCTING",
  OPERATING = "OPERATING",
  EXITED = "EXITED",
  REJECTED = "REJECTED",
}

/** A lab covers a field, discipline or place once approved (docs/model.md, "How the analytics count labs"). */
export const COVERING_STATUSES: readonly LabStatus[] = [
  LabStatus.APPROVED,
  LabStatus.CONSTRUCTING,
  LabStatus.OPERATING,
];
/** An applicant is a lab in the application procedure. */
export const APPLICANT_STATUSES: readonly LabStatus[] = [LabStatus.APPLYING, LabStatus.UNDER_REVIEW];
/** Live labs: covering labs and applicants; duplicate checks (R5) compare these. */
export const LIVE_STATUSES: readonly LabStatus[] = [...COVERING_STATUSES, ...APPLICANT_STATUSES];

export enum LegalForm {
  ON_CAMPUS_UNIT = "ON_CAMPUS_UNIT",
  INDEPENDENT_LEGAL_ENTITY = "INDEPENDENT_LEGAL_ENTITY",
}

export enum DisciplineLevel {
  CATEGORY = "CATEGORY",
  FIRST_LEVEL = "FIRST_LEVEL",
  SECOND_LEVEL = "SECOND_LEVEL",
}

export enum FieldKind {
  FOCUS = "FOCUS",
  INDUSTRY = "INDUSTRY",
}

export enum PlatformKind {
  NATIONAL_LAB = "NATIONAL_LAB",
  PROVINCIAL_LAB = "PROVINCIAL_LAB",
  TECH_INNOVATION_CENTRE = "TECH_INNOVATION_CENTRE",
  INDUSTRIAL_INNOVATION_CENTRE = "INDUSTRIAL_INNOVATION_CENTRE",
  MANUFACTURING_INNOVATION_CENTRE = "MANUFACTURING_INNOVATION_CENTRE",
  KEY_LAB = "KEY_LAB",
  NEW_RD_INSTITUTION = "NEW_RD_INSTITUTION",
}

export enum PlaceLevel {
  NATIONAL = "NATIONAL",
  PROVINCIAL = "PROVINCIAL",
}

export enum GovernmentLevel {
  PROVINCE = "PROVINCE",
  CITY = "CITY",
  DISTRICT = "DISTRICT",
  PARK = "PARK",
}

export enum InvestorKind {
  FINANCIAL = "FINANCIAL",
  SOCIAL_CAPITAL = "SOCIAL_CAPITAL",
}

export enum StandardLevel {
  INTERNATIONAL = "INTERNATIONAL",
  NATIONAL = "NATIONAL",
  INDUSTRY = "INDUSTRY",
  GROUP = "GROUP",
}

export enum EvaluationKind {
  PLAN_REVIEW = "PLAN_REVIEW",
  PERFORMANCE = "PERFORMANCE",
}

export enum EvaluationOutcome {
  PASS = "PASS",
  REVISE = "REVISE",
  FAIL = "FAIL",
  RETAIN = "RETAIN",
  EXIT = "EXIT",
}

export enum ParticipationRole {
  LEAD = "LEAD",
  MEMBER = "MEMBER",
}

export enum StaffRole {
  DIRECTOR = "DIRECTOR",
  CHIEF_SCIENTIST = "CHIEF_SCIENTIST",
  RESEARCHER = "RESEARCHER",
  FLEXIBLE_HIRE = "FLEXIBLE_HIRE",
  PROJECT_APPOINTEE = "PROJECT_APPOINTEE",
  STUDENT = "STUDENT",
}

export enum CommitteeRole {
  TECHNICAL = "TECHNICAL",
  MANAGEMENT = "MANAGEMENT",
}

export enum FundingKind {
  CONSTRUCTION = "CONSTRUCTION",
  PERFORMANCE_SUBSIDY = "PERFORMANCE_SUBSIDY",
}
