/**
 * Operations generated from the schema for the attack test and benchmark: random selections of
 * Query fields with arguments built from their types, valid or not — `valid`, `invalid` (unknown
 * fields and arguments, wrong types), `oversized` (deep, aliased, huge pages, long strings) and
 * `injected` (Cypher and JSON fragments in every string argument). Queries only: nothing is
 * written. Deterministic for a seed (bench/lib/prng.ts).
 */
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from "graphql";
import { Rng } from "./prng.js";

export type FuzzKind = "valid" | "invalid" | "oversized" | "injected";
export const FUZZ_KINDS: FuzzKind[] = ["valid", "invalid", "oversized", "injected"];

const INJECTIONS = [
  `' OR 1=1 //`,
  `"}) MATCH (n) DETACH DELETE n //`,
  `lab-mmwave-ic' }) DETACH DELETE n RETURN n //`,
  "\\u0000\\n\\r",
  `{"$gt": ""}`,
  "../../etc/passwd",
  "${7*7}",
  "CALL dbms.killQueries([]) //",
  "🧪".repeat(50),
];

const KEYS = ["lab-mmwave-ic", "lab-wbg-semi", "0809", "320100", "nope", ""];

export class Fuzzer {
  private readonly rng: Rng;
  constructor(
    private readonly schema: GraphQLSchema,
    seed: number,
  ) {
    this.rng = new Rng(seed);
  }

  private scalar(name: string, kind: FuzzKind): string {
    const r = this.rng;
    if (kind === "injected" && (name === "String" || name === "ID"))
      return JSON.stringify(r.pick(INJECTIONS));
    if (kind === "invalid" && r.chance(0.3)) return r.pick(["true", "1.5", '"x"', "null", "[1]", "{a: 1}"]);
    switch (name) {
      case "Int":
        return kind === "oversized" ? r.pick(["100000", "2147483647", "-1", "0"]) : String(r.between(1, 30));
      case "Float":
        return String(r.next() * 100);
      case "Boolean":
        return r.chance(0.5) ? "true" : "false";
      case "LocalDate":
        return r.pick(['"2026-01-01"', '"2026-13-40"', '"yesterday"']);
      case "SafeInt":
        return r.pick(["1", "9007199254740993", "-5"]);
      default:
        return kind === "oversized" && r.chance(0.2)
          ? JSON.stringify("x".repeat(r.between(1000, 100_000)))
          : JSON.stringify(r.pick(KEYS));
    }
  }

  private value(type: GraphQLInputType, kind: FuzzKind, depth = 0): string {
    if (isNonNullType(type)) return this.value(type.ofType, kind, depth);
    if (isListType(type)) {
      const n = kind === "oversized" ? this.rng.between(0, 50) : this.rng.between(0, 3);
      return `[${Array.from({ length: n }, () => this.value(type.ofType, kind, depth + 1)).join(", ")}]`;
    }
    if (isEnumType(type)) {
      return kind === "invalid" && this.rng.chance(0.3)
        ? "NOT_A_VALUE"
        : this.rng.pick(type.getValues()).name;
    }
    if (isInputObjectType(type)) {
      if (depth > 2) return "{}";
      const fields = Object.values(type.getFields()).filter(
        (f) => isNonNullType(f.type) || this.rng.chance(0.4),
      );
      return `{ ${fields.map((f) => `${f.name}: ${this.value(f.type, kind, depth + 1)}`).join(", ")} }`;
    }
    if (isScalarType(type)) return this.scalar(type.name, kind);
    return "null";
  }

  private args(field: GraphQLField<unknown, unknown>, kind: FuzzKind): string {
    const chosen = field.args.filter((a) => isNonNullType(a.type) || this.rng.chance(0.4));
    const parts = chosen.map((a) => `${a.name}: ${this.value(a.type, kind)}`);
    if (kind === "invalid" && this.rng.chance(0.3)) parts.push("bogus: 1");
    return parts.length ? `(${parts.join(", ")})` : "";
  }

  private selection(type: GraphQLObjectType, kind: FuzzKind, depth: number, maxDepth: number): string {
    const fields = Object.values(type.getFields());
    const count = this.rng.between(1, Math.min(4, fields.length));
    const parts: string[] = [];
    for (let i = 0; i < count; i++) {
      const field = this.rng.pick(fields);
      const named = getNamedType(field.type);
      let text = `${field.name}${this.args(field, kind)}`;
      if (isObjectType(named)) {
        if (depth >= maxDepth) {
          text += " { __typename }";
        } else text += ` { ${this.selection(named, kind, depth + 1, maxDepth)} }`;
      } else if (!isScalarType(named) && !isEnumType(named)) {
        text += " { __typename }";
      }
      parts.push(text);
    }
    if (kind === "invalid" && this.rng.chance(0.3)) parts.push("notAField");
    return parts.join(" ");
  }

  /** One operation of a kind. */
  next(kind: FuzzKind): string {
    const query = this.schema.getQueryType()!;
    const r = this.rng;
    if (kind === "invalid" && r.chance(0.15))
      return r.pick(["{", "}", "query {", "{ a b c", "", "mutation", "{ ... }"]);
    if (kind === "oversized" && r.chance(0.5)) {
      const n = r.between(20, 2000);
      const root = this.selection(query, "valid", 1, 1);
      return `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${root.split(" {")[0]}${root.includes("{") ? " { __typename }" : ""}`).join(" ")} }`;
    }
    const maxDepth = kind === "oversized" ? r.between(8, 20) : r.between(1, 4);
    return `{ ${this.selection(query, kind, 1, maxDepth)} }`;
  }
}
