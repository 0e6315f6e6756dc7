/**
 * Relay connections: `edges { cursor node }`, `pageInfo`, and `totalCount` (counted only when the
 * query selects it). Cursors are opaque keyset positions (sort value + key), so page N costs the
 * same as page 1 and rows inserted meanwhile do not shift a page.
 */
import { ClassType, Field, Int, ObjectType } from "type-graphql";
import { badInput, excerpt } from "./errors.js";

@ObjectType({ description: "Relay page information" })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: "True when the page was asked for `after` a cursor" })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount?: number;
}

/** A connection type and its edge type for a node type: `JointLabConnection`, `JointLabEdge`. */
export function Connection<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType()
  abstract class ConnectionType {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, {
      description: "All items matching the filters, on every page; counted only when selected",
    })
    totalCount!: number;
  }
  return ConnectionType;
}

export type CursorPosition = [sortValue: string, key: string];

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify(position), "utf8").toString("base64url");
}

export function decodeCursor(cursor: string): CursorPosition {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === "string")) {
      return value as CursorPosition;
    }
  } catch {
    // fall through to the error below
  }
  throw badInput(`invalid cursor ${excerpt(cursor)}`, "after");
}
