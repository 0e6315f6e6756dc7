/** Scalars: ISO dates (Neo4j `date`) and amounts in CNY (integers beyond 32 bits). */
export { LocalDateResolver as LocalDate, SafeIntResolver as SafeInt } from "graphql-scalars";
