/**
 * A real Neo4j 5.26 (Community, embedded in a small Java launcher with the Bolt connector on
 * 127.0.0.1), built from Maven Central and managed by the project.
 *
 * Layout under <repo>/.neo4j (git-ignored):
 *   build/                     Maven's build directory
 *   dist/launcher.jar, lib/    the launcher and its runtime dependencies; dist/.stamp holds the source hash
 *   build.log                  output of the last Maven build
 *   data/<instance>/           database home: data/, logs/ (debug.log, neo4j.log, launcher.*)
 *   data/<instance>.password   password of user neo4j (mode 0600)
 *   data/<instance>.pid        state of a running instance (JSON: pid, port, URI once ready, detached
 *                              or attached to which process), written by whoever starts it
 *
 * The modules behind it, one concern each (local-neo4j/): toolchain (Java, Maven), install (the
 * Maven build), jvm (the command line), process (liveness), logs (failure reasons), lifecycle
 * (start, stop, status), state (the per-instance state file).
 */
export { LocalNeo4jError } from "./local-neo4j/errors.js";
export { installLocalNeo4j } from "./local-neo4j/install.js";
export {
  describeRunning,
  listLocalNeo4j,
  localNeo4jPasswordFile,
  startLocalNeo4j,
  statusLocalNeo4j,
  stopLocalNeo4j,
} from "./local-neo4j/lifecycle.js";
export {
  DEFAULT_BOLT_PORT,
  LOCAL_NEO4J_USER,
  type InstallOptions,
  type InstallResult,
  type InstanceOptions,
  type LocalNeo4jCommonOptions,
  type LocalNeo4jHandle,
  type LocalNeo4jPaths,
  type LocalNeo4jStatus,
  type StartOptions,
  type StopOptions,
} from "./local-neo4j/options.js";
export { defaultLocalNeo4jPaths } from "./local-neo4j/paths.js";
