// The audit records of an import: one (:Change) per change, in the format of src/editing/audit.ts, in
// the import's transaction; the actor is `import:<file name>`.
// :param actor => 'import:labs.xlsx'
// :param role => 'ADMIN'
// :param changes => [{id: '…', action: 'CREATED', entityLabel: 'Enterprise', entityKey: 'ent-x', labKey: null, summary: 'created Enterprise ent-x', before: null, after: '{}'}]
UNWIND $changes AS c
CREATE (:Change {id: c.id, at: datetime(), actor: $actor, role: $role, action: c.action,
  entityLabel: c.entityLabel, entityKey: c.entityKey, labKey: c.labKey, summary: c.summary,
  before: c.before, after: c.after, reason: null, clientMutationId: null});
