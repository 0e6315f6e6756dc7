/**
 * The reference server's type definitions for @neo4j/graphql: the same labels, properties and
 * relationships as the hub's graph model (src/domain/model.ts), as `@node` types with `@relationship`
 * directives. Only what the benchmark's operations read is declared; relationship fields are lists
 * (the library's rule); COLLABORATES_WITH is read undirected, as the model says.
 */
export const REFERENCE_TYPE_DEFS = /* GraphQL */ `
  type JointLab @node {
    id: ID!
    name: String!
    status: String
    leadUniversity: [University!]! @relationship(type: "LED_BY", direction: OUT)
    leadDiscipline: [Discipline!]! @relationship(type: "LEAD_DISCIPLINE", direction: OUT)
    directions: [ResearchDirection!]! @relationship(type: "HAS_DIRECTION", direction: OUT)
    focusFields: [Field!]! @relationship(type: "FOCUSES_ON", direction: OUT)
    park: [Park!]! @relationship(type: "LOCATED_IN", direction: OUT)
    coBuilders: [CoBuilder!]! @relationship(type: "CO_BUILDS", direction: IN, properties: "CoBuilds")
    members: [Member!]! @relationship(type: "MEMBER_OF", direction: IN, properties: "MemberOf")
    staff: [Person!]! @relationship(type: "WORKS_AT", direction: IN, properties: "WorksAt")
    collaborators: [Organisation!]!
      @relationship(
        type: "COLLABORATES_WITH"
        direction: OUT
        queryDirection: UNDIRECTED
        properties: "CollaboratesWith"
      )
  }

  type ResearchDirection @node {
    id: ID!
    name: String!
    disciplines: [Discipline!]! @relationship(type: "IN_DISCIPLINE", direction: OUT)
    participants: [Enterprise!]!
      @relationship(type: "PARTICIPATES_IN", direction: IN, properties: "ParticipatesIn")
  }

  type Discipline @node {
    code: ID!
    name: String!
  }

  type Field @node {
    code: ID!
    name: String!
  }

  type University @node {
    id: ID!
    name: String!
    cities: [City!]! @relationship(type: "LOCATED_IN", direction: OUT)
  }

  type Enterprise @node {
    id: ID!
    name: String!
    leading: Boolean
  }

  type Government @node {
    id: ID!
    name: String!
  }

  type Investor @node {
    id: ID!
    name: String!
  }

  type Platform @node {
    id: ID!
    name: String!
  }

  type Park @node {
    id: ID!
    name: String!
    cities: [City!]! @relationship(type: "LOCATED_IN", direction: OUT)
  }

  type City @node {
    id: ID!
    name: String!
  }

  type Person @node {
    id: ID!
    name: String!
    expertise: [Discipline!]! @relationship(type: "EXPERT_IN", direction: OUT)
  }

  union CoBuilder = Enterprise | Government | University
  union Member = Enterprise | Investor
  union Organisation = JointLab | Platform | University | Enterprise

  type CoBuilds @relationshipProperties {
    investmentCny: BigInt
  }

  type MemberOf @relationshipProperties {
    feeCny: BigInt
    since: Date
  }

  type WorksAt @relationshipProperties {
    role: String
    since: Date
  }

  type ParticipatesIn @relationshipProperties {
    role: String
  }

  type CollaboratesWith @relationshipProperties {
    topic: String
    since: Date
  }
`;
