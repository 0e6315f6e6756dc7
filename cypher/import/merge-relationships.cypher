// Writes a batch of an import's new and changed relationships of one type between two labels: both
// ends matched on their keys, the relationship merged (FUNDS on kind and year too: __IDENTITY__), the
// row's properties set.
// __FROM__/__FROM_KEY__, __TYPE__, __TO__/__TO_KEY__, __IDENTITY__: from the model's fixed list
// (src/import/statements.ts).
// :param rows => [{from: 'lab-biologics', to: 'univ-cpu', identity: {}, props: {}}]
UNWIND $rows AS row
MATCH (a:__FROM__ {__FROM_KEY__: row.from})
MATCH (b:__TO__ {__TO_KEY__: row.to})
MERGE (a)-[r:__TYPE____IDENTITY__]->(b)
SET r += row.props;
