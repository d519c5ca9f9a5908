/**
 * Offline answers for data-source lookups (provider function invokes) that we have no hand-written
 * answer for, derived from the provider SDK's own type declarations: the `<Function>Result` interface
 * of `@pulumi/<package>/<module>/<function>.d.ts`, with nested `outputs.<module>.<Type>` resolved in
 * `types/output.d.ts`. Every field the result type declares is present, so a program that reads
 * `zoneIds[0]` or `ami.id` goes on; string values are marked placeholders that `runProgram` turns into
 * unknowns wherever they reach a resource input, so no control passes on an invented value.
 *
 * The declarations read are those of the SDK the program itself installed (the same version it calls),
 * parsed with the TypeScript the Pulumi SDK resolves (its own or the one it vendors), syntax only.
 */
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";

/** Prefix of every placeholder string; `runProgram` makes an input string that contains it unknown. */
export const OFFLINE_LOOKUP_MARK = "palisade-offline-lookup:";

/** Nesting depth of object types we fill in; deeper objects are left empty. */
const MAX_DEPTH = 4;

type Ts = typeof import("typescript");
type Value = string | number | boolean | Value[] | { [key: string]: Value };

interface Declarations {
  ts: Ts;
  /** `<module>.<Type>` → the interface declared in types/output.d.ts. */
  outputTypes: Map<string, import("typescript").InterfaceDeclaration>;
}

export class LookupShapes {
  private readonly packages = new Map<string, Declarations | undefined>();

  constructor(
    private readonly projectDir: string,
    private readonly loadTypeScript: () => Ts,
  ) {}

  /**
   * A placeholder result for `token` (`aws:ec2/getAmi:getAmi`, `azure-native:network:getVirtualNetwork`,
   * `gcp:compute/getImage:getImage`), or undefined when no declaration is found (the caller answers `{}`).
   */
  answer(token: string): Record<string, Value> | undefined {
    const parsed = parseToken(token);
    if (!parsed) return undefined;
    const packageDir = this.packageDir(parsed.pkg);
    if (!packageDir) return undefined;
    const file = path.join(packageDir, ...(parsed.module === "index" ? [] : parsed.module.split("/")), `${parsed.fn}.d.ts`);
    if (!existsSync(file)) return undefined;
    const declarations = this.declarations(parsed.pkg, packageDir);
    if (!declarations) return undefined;
    const { ts } = declarations;
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false);
    const resultName = `${parsed.fn[0].toUpperCase()}${parsed.fn.slice(1)}Result`;
    const result = source.statements.find(
      (s): s is import("typescript").InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === resultName,
    );
    if (!result) return undefined;
    return this.objectOf(result, declarations, `${token}:`, 0);
  }

  private packageDir(pkg: string): string | undefined {
    try {
      return path.dirname(require.resolve(`@pulumi/${pkg}/package.json`, { paths: [this.projectDir] }));
    } catch {
      return undefined;
    }
  }

  private declarations(pkg: string, packageDir: string): Declarations | undefined {
    if (this.packages.has(pkg)) return this.packages.get(pkg);
    let declarations: Declarations | undefined;
    try {
      const ts = this.loadTypeScript();
      const outputTypes = new Map<string, import("typescript").InterfaceDeclaration>();
      const outputFile = path.join(packageDir, "types", "output.d.ts");
      if (existsSync(outputFile)) {
        const source = ts.createSourceFile(outputFile, readFileSync(outputFile, "utf8"), ts.ScriptTarget.Latest, false);
        collectInterfaces(ts, source.statements, "", outputTypes);
      }
      declarations = { ts, outputTypes };
    } catch {
      declarations = undefined; // no TypeScript to read declarations with: lookups answer {} as before
    }
    this.packages.set(pkg, declarations);
    return declarations;
  }

  private objectOf(
    node: import("typescript").InterfaceDeclaration | import("typescript").TypeLiteralNode,
    declarations: Declarations,
    label: string,
    depth: number,
  ): Record<string, Value> {
    const { ts } = declarations;
    const out: Record<string, Value> = {};
    for (const member of node.members) {
      if (!ts.isPropertySignature(member) || !member.type) continue;
      if (!ts.isIdentifier(member.name) && !ts.isStringLiteral(member.name)) continue;
      const key = member.name.text;
      out[key] = this.valueOf(member.type, declarations, `${label}${key}`, depth);
    }
    return out;
  }

  private valueOf(type: import("typescript").TypeNode, declarations: Declarations, label: string, depth: number): Value {
    const { ts } = declarations;
    if (ts.isUnionTypeNode(type)) {
      const first = type.types.find((t) => t.kind !== ts.SyntaxKind.UndefinedKeyword && !ts.isLiteralTypeNode(t)) ?? type.types[0];
      return this.valueOf(first, declarations, label, depth);
    }
    if (ts.isParenthesizedTypeNode(type)) return this.valueOf(type.type, declarations, label, depth);
    switch (type.kind) {
      case ts.SyntaxKind.NumberKeyword:
        return 0;
      case ts.SyntaxKind.BooleanKeyword:
        return false;
      case ts.SyntaxKind.StringKeyword:
        return `${OFFLINE_LOOKUP_MARK}${label}`;
    }
    if (ts.isLiteralTypeNode(type)) return `${OFFLINE_LOOKUP_MARK}${label}`;
    if (ts.isArrayTypeNode(type)) return [this.valueOf(type.elementType, declarations, `${label}[0]`, depth)];
    if (ts.isTypeLiteralNode(type)) {
      // `{[key: string]: string}` (tags, labels) stays empty; a literal with named members is filled in.
      return depth >= MAX_DEPTH ? {} : this.objectOf(type, declarations, `${label}.`, depth + 1);
    }
    if (ts.isTypeReferenceNode(type)) {
      const name = entityName(ts, type.typeName);
      if ((name === "Array" || name === "ReadonlyArray") && type.typeArguments?.length === 1) {
        return [this.valueOf(type.typeArguments[0], declarations, `${label}[0]`, depth)];
      }
      if (name === "Record") return {};
      const declared = name.startsWith("outputs.") ? declarations.outputTypes.get(name.slice("outputs.".length)) : undefined;
      if (declared) return depth >= MAX_DEPTH ? {} : this.objectOf(declared, declarations, `${label}.`, depth + 1);
      // An enum or alias of string values (azure-native) or a type we cannot see: a marked string.
      return `${OFFLINE_LOOKUP_MARK}${label}`;
    }
    return `${OFFLINE_LOOKUP_MARK}${label}`;
  }
}

/** `pkg:module/fn:fn`, `pkg:index/fn:fn` or `pkg:module:fn` (azure-native) → its parts. */
function parseToken(token: string): { pkg: string; module: string; fn: string } | undefined {
  const parts = token.split(":");
  if (parts.length !== 3 || !/^[a-z0-9-]+$/.test(parts[0])) return undefined;
  const [pkg, middle, fn] = parts;
  const module = middle.includes("/") ? middle.slice(0, middle.lastIndexOf("/")) : middle;
  if (!/^[A-Za-z0-9_/]+$/.test(module) || !/^[A-Za-z0-9_]+$/.test(fn)) return undefined;
  return { pkg, module, fn };
}

function collectInterfaces(
  ts: Ts,
  statements: readonly import("typescript").Statement[],
  prefix: string,
  into: Map<string, import("typescript").InterfaceDeclaration>,
): void {
  for (const statement of statements) {
    if (ts.isInterfaceDeclaration(statement)) {
      into.set(`${prefix}${statement.name.text}`, statement);
    } else if (ts.isModuleDeclaration(statement) && statement.body && ts.isModuleBlock(statement.body)) {
      collectInterfaces(ts, statement.body.statements, `${prefix}${statement.name.text}.`, into);
    }
  }
}

/** `outputs.ec2.GetAmiBlockDeviceMapping` from its syntax (the trees are parsed without parent links). */
function entityName(ts: Ts, name: import("typescript").EntityName): string {
  return ts.isIdentifier(name) ? name.text : `${entityName(ts, name.left)}.${name.right.text}`;
}
