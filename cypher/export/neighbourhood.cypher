// Purpose: one hop of a lab's neighbourhood for an export (npm run export -- --lab ID --hops N): the nodes
//          reached so far ($ids; null: the lab alone) and every node of the model's labels linked to one of
//          them, in either direction. Run it N times, passing its answer back as $ids. No row: no such lab.
// Parameters:
// :param lab => 'lab-mmwave-ic'
// :param ids => null
// :param labels => ['JointLab', 'ResearchDirection', 'Discipline', 'Field', 'University', 'Enterprise', 'Platform', 'Park', 'City', 'Government', 'Person', 'Investor', 'Standard', 'Project', 'Evaluation']
// Columns: ids (element ids: those given, then the new neighbours).
MATCH (lab:JointLab {id: $lab})
WITH coalesce($ids, [elementId(lab)]) AS reached
UNWIND reached AS id
MATCH (a)
WHERE elementId(a) = id
OPTIONAL MATCH (a)--(b)
WHERE any(l IN labels(b) WHERE l IN $labels) AND NOT elementId(b) IN reached
WITH reached, collect(DISTINCT elementId(b)) AS added
RETURN reached + added AS ids
