// Purpose: the audit trail: who changed what, when, with the before and after of each changed property
//          and link (JSON), oldest first: by the write's instant (at), then in write order within it (seq). With $label and $key: the changes of one node; a JointLab's
//          include those of its directions and evaluations.
// Rules: none (R16's "objective data" rests on it).
// Parameters:
// :param since => '2020-01-01T00:00:00Z'
// :param label => null
// :param key => null
// :param first => 100
// Columns: id, at, actor, role, action, entityLabel, entityKey, labKey, summary, before, after, reason,
//          clientMutationId.
MATCH (c:Change)
WHERE c.at >= datetime($since)
  AND ($label IS NULL
       OR (c.entityLabel = $label AND c.entityKey = $key)
       OR ($label = 'JointLab' AND c.labKey = $key))
RETURN c.id AS id, toString(c.at) AS at, c.actor AS actor, c.role AS role, c.action AS action,
  c.entityLabel AS entityLabel, c.entityKey AS entityKey, c.labKey AS labKey, c.summary AS summary,
  c.before AS before, c.after AS after, c.reason AS reason, c.clientMutationId AS clientMutationId
ORDER BY c.at, c.seq, c.id
LIMIT $first
