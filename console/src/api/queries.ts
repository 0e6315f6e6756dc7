/**
 * The GraphQL operations of the console's own pages (overview, coverage, applications, what-if,
 * duplicates). Reasons and messages are asked for without a language argument: the client's
 * Accept-Language header picks the language.
 */

const GAP = /* GraphQL */ `
  dimension
  subjectKey
  subjectLabel
  subjectName
  fieldCode
  fieldName
  severity
  reason
  rules
  evidence {
    key
    label
    name
    role
    detail
  }
`;

const DUPLICATE_GROUP = /* GraphQL */ `
  kind
  severity
  reason
  memberCount
  shared {
    key
    label
    name
  }
  members {
    key
    label
    name
    status
    covering
  }
  proofs
`;

export const OVERVIEW = /* GraphQL */ `
  query ConsoleOverview {
    fields(filter: { kind: FOCUS }, first: 50) {
      edges {
        node {
          code
          name
          nameEn
          labs {
            id
            name
            nameEn
            status
          }
        }
      }
    }
    jointLabs(first: 500) {
      totalCount
      edges {
        node {
          id
          status
        }
      }
    }
    fieldGaps: coverageGaps(dimension: FIELD) {
      covering
      applicants
      totalCount
      gaps {
        ${GAP}
      }
    }
  }
`;

// The coverage page asks in three parts, each under the hub's cost limit (a gap's evidence list
// counts as ten items a gap): the matrix and the map, the parks, the gap tables.
export const COVERAGE_MATRIX = /* GraphQL */ `
  query ConsoleCoverageMatrix {
    fields(filter: { kind: FOCUS }, first: 50) {
      edges {
        node {
          code
          name
          nameEn
        }
      }
    }
    cities(first: 100) {
      edges {
        node {
          id
          name
          nameEn
        }
      }
    }
    jointLabs(first: 500) {
      edges {
        node {
          id
          name
          nameEn
          status
          city {
            id
          }
          park {
            id
          }
          focusFields {
            code
          }
        }
      }
    }
    cityGaps: coverageGaps(dimension: CITY, first: 300) {
      covering
      applicants
      totalCount
      gaps {
        ${GAP}
      }
    }
  }
`;

export const COVERAGE_PARKS = /* GraphQL */ `
  query ConsoleCoverageParks {
    parks(first: 500) {
      edges {
        node {
          id
          name
          nameEn
          city {
            id
          }
        }
      }
    }
    parkGaps: coverageGaps(dimension: PARK, first: 400) {
      totalCount
      gaps {
        ${GAP}
      }
    }
  }
`;

export const COVERAGE_TABLES = /* GraphQL */ `
  query ConsoleCoverageTables {
    disciplineGaps: coverageGaps(dimension: DISCIPLINE, first: 300) {
      totalCount
      gaps {
        ${GAP}
      }
    }
    directionGaps: coverageGaps(dimension: DIRECTION, first: 300) {
      totalCount
      gaps {
        ${GAP}
      }
    }
  }
`;

export const APPLICATIONS = /* GraphQL */ `
  query ConsoleApplications($statuses: [LabStatus!]) {
    jointLabs(first: 500, filter: { status: $statuses }) {
      edges {
        node {
          id
          name
          nameEn
          status
          appliedOn
          approvedOn
          leadUniversity {
            id
            name
            nameEn
          }
          compliance {
            status
          }
        }
      }
    }
  }
`;

export const APPLICATION = /* GraphQL */ `
  query ConsoleApplication($id: ID!) {
    jointLab(id: $id) {
      id
      name
      nameEn
      status
      appliedOn
      approvedOn
      evaluations {
        id
        kind
        on
        outcome
        score
      }
      compliance {
        status
        standing
        checks {
          rule
          title
          textZh
          kind
          status
          measured
          bound
          evidence
        }
      }
    }
    duplicatesFor(id: $id) {
      totalCount
      groups {
        ${DUPLICATE_GROUP}
      }
    }
  }
`;

const LIFE_CYCLE_RESULT = /* GraphQL */ `
  jointLab {
    id
    status
  }
  userErrors {
    code
    field
    message
  }
`;

export const START_PLAN_REVIEW = /* GraphQL */ `
  mutation ConsoleStartPlanReview($id: ID!, $clientMutationId: String) {
    startPlanReview(id: $id, clientMutationId: $clientMutationId) {
      ${LIFE_CYCLE_RESULT}
    }
  }
`;

export const RECORD_REVIEW = /* GraphQL */ `
  mutation ConsoleRecordReview($labId: ID!, $input: EvaluationRecordInput!, $clientMutationId: String) {
    recordEvaluation(labId: $labId, input: $input, clientMutationId: $clientMutationId) {
      evaluation {
        id
        kind
        on
        outcome
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`;

export const APPROVE = /* GraphQL */ `
  mutation ConsoleApprove($id: ID!, $override: Boolean!, $reason: String, $clientMutationId: String) {
    approveLab(id: $id, override: $override, reason: $reason, clientMutationId: $clientMutationId) {
      ${LIFE_CYCLE_RESULT}
    }
  }
`;

export const REJECT = /* GraphQL */ `
  mutation ConsoleReject($id: ID!, $reason: String, $clientMutationId: String) {
    rejectApplication(id: $id, reason: $reason, clientMutationId: $clientMutationId) {
      ${LIFE_CYCLE_RESULT}
    }
  }
`;

export const APPLICANTS = /* GraphQL */ `
  query ConsoleApplicants {
    jointLabs(first: 500, filter: { status: [APPLYING, UNDER_REVIEW] }) {
      edges {
        node {
          id
          name
          nameEn
          status
        }
      }
    }
  }
`;

/** Gaps now, per dimension: asked after the simulation (the hub runs a few analytics at a time). */
export const GAP_COUNTS = /* GraphQL */ `
  query ConsoleGapCounts {
    field: coverageGaps(dimension: FIELD, first: 1) {
      totalCount
    }
    discipline: coverageGaps(dimension: DISCIPLINE, first: 1) {
      totalCount
    }
    city: coverageGaps(dimension: CITY, first: 1) {
      totalCount
    }
    park: coverageGaps(dimension: PARK, first: 1) {
      totalCount
    }
    direction: coverageGaps(dimension: DIRECTION, first: 1) {
      totalCount
    }
  }
`;

export const SIMULATE = /* GraphQL */ `
  query ConsoleWhatIf($ids: [ID!]!) {
    simulateApproval(ids: $ids) {
      approved
      remainingGaps
      closedGaps {
        ${GAP}
      }
      openedGaps {
        ${GAP}
      }
      newDuplicates {
        ${DUPLICATE_GROUP}
      }
      duplicatesOfApproved {
        ${DUPLICATE_GROUP}
      }
    }
  }
`;

export const DUPLICATES = /* GraphQL */ `
  query ConsoleDuplicates($kinds: [DuplicateKind!], $first: Int!) {
    duplicateGroups(kinds: $kinds, first: $first, membersPerGroup: 50) {
      totalCount
      live
      edges {
        node {
          ${DUPLICATE_GROUP}
        }
      }
    }
  }
`;
