// The joint lab each research direction or evaluation belongs to (for the audit records' labKey).
// :param keys => ['dir-biologics-1']
// Columns: key, lab
UNWIND $keys AS key
MATCH (l:JointLab)-[:HAS_DIRECTION|EVALUATED_IN]->(n {id: key})
WHERE n:ResearchDirection OR n:Evaluation
RETURN key, l.id AS lab;
