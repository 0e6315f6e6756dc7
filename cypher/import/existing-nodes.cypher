// The nodes of one label that an import names (its rows, and the ends of its relationships): their
// properties, to tell what is new, what changes and what is left as it is.
// __LABEL__ and __KEY__ are put in by the hub from the model's fixed list (src/import/statements.ts);
// an analyst replaces them by hand, e.g. JointLab and id.
// :param keys => ['lab-biologics']
// Columns: key, properties
UNWIND $keys AS key
MATCH (n:__LABEL__ {__KEY__: key})
RETURN key, properties(n) AS properties;
