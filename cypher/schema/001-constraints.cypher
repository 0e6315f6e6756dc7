// Unique keys of the graph model (docs/model.md).
// Every node is keyed by `id`, except Discipline and Field, keyed by `code`.
// Idempotent: IF NOT EXISTS. Applied at start and by `npm run db:migrate`.
CREATE CONSTRAINT joint_lab_id IF NOT EXISTS FOR (n:JointLab) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT research_direction_id IF NOT EXISTS FOR (n:ResearchDirection) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT discipline_code IF NOT EXISTS FOR (n:Discipline) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT field_code IF NOT EXISTS FOR (n:Field) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT university_id IF NOT EXISTS FOR (n:University) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT enterprise_id IF NOT EXISTS FOR (n:Enterprise) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT platform_id IF NOT EXISTS FOR (n:Platform) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT park_id IF NOT EXISTS FOR (n:Park) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT city_id IF NOT EXISTS FOR (n:City) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT government_id IF NOT EXISTS FOR (n:Government) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT investor_id IF NOT EXISTS FOR (n:Investor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT standard_id IF NOT EXISTS FOR (n:Standard) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (n:Project) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT evaluation_id IF NOT EXISTS FOR (n:Evaluation) REQUIRE n.id IS UNIQUE;
