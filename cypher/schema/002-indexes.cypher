// Indexes for the lookups and filters the API makes (filters on status, kind, level, leading;
// sorting and text search on names). Unique constraints above already index the keys.
CREATE INDEX joint_lab_status IF NOT EXISTS FOR (n:JointLab) ON (n.status);
CREATE INDEX joint_lab_name IF NOT EXISTS FOR (n:JointLab) ON (n.name);
CREATE INDEX enterprise_leading IF NOT EXISTS FOR (n:Enterprise) ON (n.leading);
CREATE INDEX enterprise_name IF NOT EXISTS FOR (n:Enterprise) ON (n.name);
CREATE INDEX platform_kind IF NOT EXISTS FOR (n:Platform) ON (n.kind);
CREATE INDEX discipline_level IF NOT EXISTS FOR (n:Discipline) ON (n.level);
CREATE INDEX field_kind IF NOT EXISTS FOR (n:Field) ON (n.kind);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX park_level IF NOT EXISTS FOR (n:Park) ON (n.level);
CREATE INDEX evaluation_kind IF NOT EXISTS FOR (n:Evaluation) ON (n.kind);
CREATE TEXT INDEX joint_lab_name_text IF NOT EXISTS FOR (n:JointLab) ON (n.name);
CREATE TEXT INDEX enterprise_name_text IF NOT EXISTS FOR (n:Enterprise) ON (n.name);
CREATE TEXT INDEX person_name_text IF NOT EXISTS FOR (n:Person) ON (n.name);
