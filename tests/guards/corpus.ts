/**
 * Every GraphQL operation the project itself sends: the string and template literals of tests/**
 * and bench/** that parse and validate against the schema (a template's `${…}` becomes a
 * placeholder value), and the ```graphql blocks of README.md. The guards' own attack files are
 * left out (they hold the bombs). Used to check that the default limits refuse none of them.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import {
  GraphQLError,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  parse,
  specifiedRules,
  typeFromAST,
  validate,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
} from "graphql";
import ts from "typescript";

const ROOT = join(import.meta.dirname, "../..");
const EXCLUDED = [/^tests\/guards\//, /^bench\/attack\.ts$/, /^bench\/lib\/attack-/];

export interface CorpusOperation {
  /** Where it was found: file:line. */
  where: string;
  query: string;
  document: DocumentNode;
  /** Values for its variables (defaults, or a plausible value of the type). */
  variables: Record<string, unknown>;
}

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (statSync(join(ROOT, path)).isDirectory()) return name === "node_modules" ? [] : files(path);
    return /\.ts$/.test(name) ? [path] : [];
  });
}

/** The texts of a file's string literals; a template's substitutions become `1` (or `x` inside quotes). */
function literals(path: string): { text: string; line: number }[] {
  const source = ts.createSourceFile(
    path,
    readFileSync(join(ROOT, path), "utf8"),
    ts.ScriptTarget.Latest,
    true,
  );
  const found: { text: string; line: number }[] = [];
  const visit = (node: ts.Node): void => {
    let text: string | undefined;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
    else if (ts.isTemplateExpression(node)) {
      text = node.head.text;
      for (const span of node.templateSpans) {
        text += (/"[^"]*$/.test(text) ? "x" : "1") + span.literal.text;
      }
    }
    if (text !== undefined && /[{}]/.test(text)) {
      found.push({ text, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
        .map((f) => [f.name, sample(f.type)]),
    );
  }
  if (isScalarType(type)) {
    return (
      (
        {
          Int: 100,
          Float: 1,
          Boolean: true,
          LocalDate: "2026-01-01",
          DateTime: "2026-01-01T00:00:00Z",
          SafeInt: 1,
        } as Record<string, unknown>
      )[type.name] ?? "x"
    );
  }
  return null;
}

function variablesOf(schema: GraphQLSchema, document: DocumentNode): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const definition of document.definitions) {
    if (definition.kind !== "OperationDefinition") continue;
    for (const v of definition.variableDefinitions ?? []) {
      if (v.defaultValue) continue;
      const type = typeFromAST(schema, v.type) as GraphQLInputType | undefined;
      if (type) values[v.variable.name.value] = sample(type);
    }
  }
  return values;
}

export function corpus(schema: GraphQLSchema): CorpusOperation[] {
  const candidates: { where: string; text: string }[] = [];
  for (const path of [...files("tests"), ...files("bench")]) {
    if (EXCLUDED.some((r) => r.test(path))) continue;
    for (const { text, line } of literals(path)) candidates.push({ where: `${path}:${line}`, text });
  }
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  for (const match of readme.matchAll(/```graphql\n([\s\S]*?)```/g)) {
    const line = readme.slice(0, match.index).split("\n").length;
    candidates.push({ where: `README.md:${line}`, text: match[1]! });
  }
  const operations: CorpusOperation[] = [];
  const seen = new Set<string>();
  for (const { where, text } of candidates) {
    if (seen.has(text)) continue;
    seen.add(text);
    let document: DocumentNode;
    try {
      document = parse(text);
    } catch (error) {
      if (error instanceof GraphQLError) continue;
      throw error;
    }
    if (!document.definitions.some((d) => d.kind === "OperationDefinition")) continue;
    if (validate(schema, document, specifiedRules).length > 0) continue; // a test's deliberately bad query
    operations.push({ where, query: text, document, variables: variablesOf(schema, document) });
  }
  return operations;
}
