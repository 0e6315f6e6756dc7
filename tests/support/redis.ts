/** The throwaway redis-server of the tests (shared with the benchmarks). */
export { assertRedisInstalled, startRedis, type RedisServer } from "../../bench/lib/redis-server.js";
