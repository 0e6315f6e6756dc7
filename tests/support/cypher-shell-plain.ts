/**
 * A reader of cypher-shell's `--format plain` output: a header line of column names joined by ", ",
 * then one line per row, values joined by ", " as cypher-shell prints them — strings in double quotes
 * (a quote inside as \", line breaks as they are), NULL, TRUE, FALSE, numbers, temporal values unquoted,
 * lists [a, b] and maps {k: v}.
 */
export type ShellValue = null | boolean | number | string | ShellValue[] | { [key: string]: ShellValue };

export interface ShellTable {
  columns: string[];
  rows: ShellValue[][];
}

export class PlainReader {
  private at = 0;
  constructor(private readonly text: string) {}

  get done(): boolean {
    return this.at >= this.text.length;
  }

  private fail(what: string): never {
    const around = this.text.slice(Math.max(0, this.at - 40), this.at + 40);
    throw new Error(
      `cypher-shell output, offset ${this.at}: expected ${what} near ${JSON.stringify(around)}`,
    );
  }

  private expect(literal: string): void {
    if (!this.text.startsWith(literal, this.at)) this.fail(JSON.stringify(literal));
    this.at += literal.length;
  }

  /** True when the text ahead starts with `literal`. */
  ahead(literal: string): boolean {
    return this.text.startsWith(literal, this.at);
  }

  /** The rest of the current line (a header line), without the line break. */
  line(): string {
    const end = this.text.indexOf("\n", this.at);
    const line = this.text.slice(this.at, end < 0 ? undefined : end);
    this.at = end < 0 ? this.text.length : end + 1;
    return line.replace(/\r$/, "");
  }

  /** One row of `count` values and its line break. */
  row(count: number): ShellValue[] {
    const values: ShellValue[] = [];
    for (let i = 0; i < count; i++) {
      if (i > 0) this.expect(", ");
      values.push(this.value());
    }
    if (this.text[this.at] === "\r") this.at++;
    if (!this.done) this.expect("\n");
    return values;
  }

  value(): ShellValue {
    const c = this.text[this.at];
    if (c === '"') return this.string();
    if (c === "[") {
      this.at++;
      const list: ShellValue[] = [];
      while (this.text[this.at] !== "]") {
        if (list.length > 0) this.expect(", ");
        list.push(this.value());
      }
      this.at++;
      return list;
    }
    if (c === "{") {
      this.at++;
      const map: Record<string, ShellValue> = {};
      let first = true;
      while (this.text[this.at] !== "}") {
        if (!first) this.expect(", ");
        first = false;
        const match = /^(`[^`]+`|[A-Za-z_][A-Za-z0-9_]*): /.exec(this.text.slice(this.at, this.at + 200));
        if (!match) this.fail("a map key");
        this.at += match[0].length;
        map[match[1]!.replace(/^`|`$/g, "")] = this.value();
      }
      this.at++;
      return map;
    }
    const match = /^[^,\]}\r\n]+/.exec(this.text.slice(this.at, this.at + 200));
    if (!match) this.fail("a value");
    this.at += match[0].length;
    const token = match[0];
    if (token === "NULL") return null;
    if (token === "TRUE") return true;
    if (token === "FALSE") return false;
    if (/^-?(\d+(\.\d*)?([eE][-+]?\d+)?|NaN|Infinity)$/.test(token)) return Number(token);
    return token; // a temporal value, printed unquoted
  }

  private string(): string {
    this.at++; // opening quote
    let out = "";
    for (;;) {
      const c = this.text[this.at];
      if (c === undefined) this.fail("a closing quote");
      if (c === "\\" && this.text[this.at + 1] === '"') {
        out += '"';
        this.at += 2;
      } else if (c === '"') {
        this.at++;
        return out;
      } else {
        out += c;
        this.at++;
      }
    }
  }
}
