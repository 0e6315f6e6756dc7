// Writes a batch of an import's new and changed nodes of one label: merged on the key, the row's
// properties set (properties the row leaves empty stay as they are).
// __LABEL__ and __KEY__: from the model's fixed list (src/import/statements.ts).
// :param rows => [{key: 'ent-x', props: {id: 'ent-x', name: 'X'}}]
UNWIND $rows AS row
MERGE (n:__LABEL__ {__KEY__: row.key})
SET n += row.props;
