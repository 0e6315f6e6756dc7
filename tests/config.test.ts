import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/config.js";

describe("configuration", () => {
  it("defaults to the embedded local Neo4j and 127.0.0.1:4000", () => {
    const config = loadConfig({});
    expect(config.host).toBe("127.0.0.1");
    expect(config.port).toBe(4000);
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.neo4j.localBoltPort).toBe(7687);
    expect(config.seedWhenEmpty).toBe(true);
  });

  it("reads an existing Neo4j from NEO4J_* variables", () => {
    const config = loadConfig({
      NEO4J_URI: "neo4j+s://example.databases.neo4j.io",
      NEO4J_USERNAME: "analyst",
      NEO4J_PASSWORD: "secret",
      NEO4J_DATABASE: "lianhe",
      HOST: "0.0.0.0",
      PORT: "8080",
    });
    expect(config.neo4j).toMatchObject({
      uri: "neo4j+s://example.databases.neo4j.io",
      username: "analyst",
      password: "secret",
      database: "lianhe",
    });
    expect(config.host).toBe("0.0.0.0");
    expect(config.port).toBe(8080);
  });

  it("rejects bad values with a one-line message naming the variable", () => {
    expect(() => loadConfig({ PORT: "eighty" })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: "70000" })).toThrow(/PORT must be an integer between 0 and 65535/);
    expect(() => loadConfig({ NEO4J_URI: "http://localhost:7474" })).toThrow(/NEO4J_URI must start with/);
    expect(() => loadConfig({ HUB_SEED_WHEN_EMPTY: "maybe" })).toThrow(/HUB_SEED_WHEN_EMPTY/);
  });
});
