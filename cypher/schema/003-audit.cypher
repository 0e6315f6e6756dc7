// The audit trail: (:Change) nodes, one per write, append-only (src/editing/audit.ts).
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (c:Change) REQUIRE c.id IS UNIQUE;
CREATE INDEX change_at IF NOT EXISTS FOR (c:Change) ON (c.at);
CREATE INDEX change_entity IF NOT EXISTS FOR (c:Change) ON (c.entityLabel, c.entityKey);
CREATE INDEX change_lab IF NOT EXISTS FOR (c:Change) ON (c.labKey);
// Idempotency keys (src/editing/idempotency.ts): one write per user and clientMutationId.
CREATE CONSTRAINT change_client_mutation IF NOT EXISTS FOR (c:Change) REQUIRE c.clientMutationKey IS UNIQUE;
