/**
 * The default limits refuse none of the operations the project sends (README, tests, benchmarks):
 * each is parsed with the token limit, validated with the shape rules and costed, as the hub does.
 * Prints the largest value of each measure, i.e. the headroom of each default.
 */
import { Lexer, Source, TokenKind, validate, specifiedRules } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { loadConfig, type LimitsConfig } from "../../src/config.js";
import { operationCost } from "../../src/server/guards/cost.js";
import { shapeRules } from "../../src/server/guards/shape-rules.js";
import { parseLimited } from "../../src/server/guards/tokens.js";
import { hubSchema } from "../../src/server/schema.js";
import { corpus, type CorpusOperation } from "./corpus.js";

const defaults = loadConfig({}).limits;
let schema: Awaited<ReturnType<typeof hubSchema>>;
let operations: CorpusOperation[];

beforeAll(async () => {
  schema = await hubSchema();
  operations = corpus(schema);
});

function tokens(query: string): number {
  const lexer = new Lexer(new Source(query));
  let n = 0;
  while (lexer.advance().kind !== TokenKind.EOF) n++;
  return n;
}

/** The smallest value of one shape limit that lets the operation through (0..default+1). */
function needed(op: CorpusOperation, key: "maxDepth" | "maxAliases" | "maxDirectives"): number {
  for (let n = 0; n <= defaults[key]; n++) {
    const limits: LimitsConfig = { ...defaults, [key]: n };
    if (validate(schema, op.document, [...specifiedRules, ...shapeRules(limits)]).length === 0) return n;
  }
  return defaults[key] + 1;
}

describe("the default limits", () => {
  it("let every operation of the README, the tests and the benchmarks through", () => {
    expect(operations.length).toBeGreaterThan(100);
    const refused: string[] = [];
    const worst = { tokens: 0, depth: 0, aliases: 0, directives: 0, cost: 0 };
    const where: Record<string, string> = {};
    const note = (measure: keyof typeof worst, value: number, op: CorpusOperation) => {
      if (value > worst[measure]) {
        worst[measure] = value;
        where[measure] = op.where;
      }
    };
    for (const op of operations) {
      try {
        parseLimited(op.query, defaults.maxTokens);
      } catch (error) {
        refused.push(`${op.where}: ${(error as Error).message}`);
      }
      const errors = validate(schema, op.document, [...specifiedRules, ...shapeRules(defaults)]);
      for (const e of errors) refused.push(`${op.where}: ${e.message}`);
      const cost = operationCost(schema, { document: op.document, variables: op.variables });
      expect(cost, `cost of ${op.where}`).toBeTypeOf("number");
      if (cost! > defaults.maxCost) refused.push(`${op.where}: cost ${cost}`);
      note("tokens", tokens(op.query), op);
      note("depth", needed(op, "maxDepth"), op);
      note("aliases", needed(op, "maxAliases"), op);
      note("directives", needed(op, "maxDirectives"), op);
      note("cost", cost!, op);
    }
    console.log(
      `[guards] ${operations.length} operations; largest: ` +
        Object.entries(worst)
          .map(([m, v]) => `${m} ${v} (${where[m]})`)
          .join(", "),
    );
    expect(refused).toEqual([]);
  });
});
