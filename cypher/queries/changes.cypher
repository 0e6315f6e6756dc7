// Purpose: the audit trail: who changed what, when, with the before and after of each changed property
//          and link (JSON), oldest first: by the write's instant (at), then in write order within it
//          (seq; records older than seq have none and come last of their instant, by id). With $label and
//          $key: the changes of one node; a JointLab's include those of its directions and evaluations.
//          With $after (a Change's id): only the records after that one in this order, to page through a
//          trail with `first`; an unknown id answers nothing.
// Rules: none (R16's "objective data" rests on it).
// Parameters:
// :param since => '2020-01-01T00:00:00Z'
// :param label => null
// :param key => null
// :param first => 100
// :param after => null
// Columns: id, at, actor, role, action, entityLabel, entityKey, labKey, summary, before, after, reason,
//          clientMutationId.
OPTIONAL MATCH (a:Change {id: $after})
WITH a, coalesce(a.seq, 9223372036854775807) AS aSeq
MATCH (c:Change)
WHERE c.at >= datetime($since)
  AND ($after IS NULL
       OR c.at > a.at
       OR (c.at = a.at AND (coalesce(c.seq, 9223372036854775807) > aSeq
                            OR (coalesce(c.seq, 9223372036854775807) = aSeq AND c.id > a.id))))
  AND ($label IS NULL
       OR (c.entityLabel = $label AND c.entityKey = $key)
       OR ($label = 'JointLab' AND c.labKey = $key))
RETURN c.id AS id, toString(c.at) AS at, c.actor AS actor, c.role AS role, c.action AS action,
  c.entityLabel AS entityLabel, c.entityKey AS entityKey, c.labKey AS labKey, c.summary AS summary,
  c.before AS before, c.after AS after, c.reason AS reason, c.clientMutationId AS clientMutationId
ORDER BY c.at, c.seq, c.id
LIMIT $first
