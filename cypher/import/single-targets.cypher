// What the sources of a one-per-source relationship (LED_BY, LEAD_DISCIPLINE) already point to.
// __FROM__/__FROM_KEY__ and __TYPE__: from the model's fixed list (src/import/statements.ts).
// :param keys => ['lab-biologics']
// Columns: from, to
UNWIND $keys AS key
MATCH (a:__FROM__ {__FROM_KEY__: key})-[:__TYPE__]->(b)
RETURN key AS from, coalesce(b.id, b.code) AS to;
