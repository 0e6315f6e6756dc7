// The audit records of an import: one (:Change) per change, in the format of src/editing/audit.ts, in
// the import's transaction; the actor is `import:<file name>`. The import is one write: one instant
// ($at, null for the first batch: the realtime clock) and its records numbered from $seq in order.
// :param actor => 'import:labs.xlsx'
// :param role => 'ADMIN'
// :param at => null
// :param seq => 0
// :param changes => [{id: '…', action: 'CREATED', entityLabel: 'Enterprise', entityKey: 'ent-x', labKey: null, summary: 'created Enterprise ent-x', before: null, after: '{}'}]
WITH CASE WHEN $at IS NULL THEN datetime.realtime() ELSE datetime($at) END AS at
UNWIND range(0, size($changes) - 1) AS i
WITH at, i, $changes[i] AS c
CREATE (:Change {id: c.id, at: at, seq: $seq + i, actor: $actor, role: $role, action: c.action,
  entityLabel: c.entityLabel, entityKey: c.entityKey, labKey: c.labKey, summary: c.summary,
  before: c.before, after: c.after, reason: null, clientMutationId: null})
RETURN toString(at) AS at LIMIT 1;
