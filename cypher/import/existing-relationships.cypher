// The relationships of one type between the pairs of nodes an import names, with their properties.
// __FROM__/__FROM_KEY__, __TYPE__, __TO__/__TO_KEY__: from the model's fixed list (src/import/statements.ts).
// :param pairs => [{from: 'lab-biologics', to: 'univ-cpu'}]
// Columns: from, to, properties
UNWIND $pairs AS pair
MATCH (a:__FROM__ {__FROM_KEY__: pair.from})-[r:__TYPE__]->(b:__TO__ {__TO_KEY__: pair.to})
RETURN pair.from AS from, pair.to AS to, properties(r) AS properties;
