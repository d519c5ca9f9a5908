/**
 * Answers to provider function calls (invokes) while a program runs offline.
 *
 * Without a provider plugin every invoke would return `{}`, and programs that read a data source at
 * top level (`aws.getCallerIdentity()`, `aws.iam.getPolicyDocument(...)`, the client config of GCP or
 * Azure) would then fail on a missing field before declaring their resources. So we answer the common
 * ones with placeholder ids or, for policy documents, a faithful rendering of the inputs, and return
 * `{}` for everything else.
 */

export const PLACEHOLDER_ACCOUNT_ID = "123456789012";
export const PLACEHOLDER_UUID = "00000000-0000-0000-0000-000000000000";

export interface InvokeContext {
  /** The stack config passed to the program (`aws:region`, `gcp:project`, …). */
  config: Record<string, string>;
  /** Inputs of the explicit provider named by the invoke, when there is one. */
  providerInputs?: Record<string, unknown>;
}

type Inputs = Record<string, unknown>;

/** Whether we have a hand-written answer for this function (otherwise its declared type answers). */
export function hasInvokeAnswer(token: string): boolean {
  return Object.hasOwn(invokeAnswers, token);
}

export function answerInvoke(token: string, inputs: Inputs, context: InvokeContext): Inputs {
  const answer = invokeAnswers[token];
  return answer ? answer(inputs, context) : {};
}

const invokeAnswers: Record<string, (inputs: Inputs, context: InvokeContext) => Inputs> = {
  "aws:index/getCallerIdentity:getCallerIdentity": () => ({
    id: PLACEHOLDER_ACCOUNT_ID,
    accountId: PLACEHOLDER_ACCOUNT_ID,
    arn: `arn:aws:iam::${PLACEHOLDER_ACCOUNT_ID}:user/palisade-offline`,
    userId: "AIDAPALISADEOFFLINE",
  }),
  "aws:index/getRegion:getRegion": (inputs, context) => {
    const region = stringOr(inputs.region ?? inputs.name, awsRegion(context));
    return {
      id: region,
      name: region,
      region,
      endpoint: `ec2.${region}.amazonaws.com`,
      description: region,
    };
  },
  "aws:index/getPartition:getPartition": () => ({
    id: "aws",
    partition: "aws",
    dnsSuffix: "amazonaws.com",
    reverseDnsPrefix: "com.amazonaws",
  }),
  "aws:index/getAvailabilityZones:getAvailabilityZones": (_inputs, context) => {
    const region = awsRegion(context);
    return { id: region, names: ["a", "b", "c"].map((zone) => `${region}${zone}`) };
  },
  "aws:iam/getPolicyDocument:getPolicyDocument": (inputs) => renderPolicyDocument(inputs),
  "gcp:organizations/getClientConfig:getClientConfig": (_inputs, context) => {
    const project = context.config["gcp:project"] ?? "palisade-offline-project";
    const region = context.config["gcp:region"] ?? "us-central1";
    const zone = context.config["gcp:zone"] ?? `${region}-a`;
    return { id: `projects/${project}/regions/${region}/zones/${zone}`, project, region, zone, accessToken: "" };
  },
  "azure-native:authorization:getClientConfig": (_inputs, context) => azureClientConfig(context, "azure-native"),
  "azure:core/getClientConfig:getClientConfig": (_inputs, context) => azureClientConfig(context, "azure"),
};

function stringOr(value: unknown, fallback: string): string {
  return typeof value === "string" && value !== "" ? value : fallback;
}

function awsRegion(context: InvokeContext): string {
  return stringOr(context.providerInputs?.region, context.config["aws:region"] ?? "us-east-1");
}

function azureClientConfig(context: InvokeContext, namespace: string): Inputs {
  const subscriptionId = context.config[`${namespace}:subscriptionId`] ?? PLACEHOLDER_UUID;
  const tenantId = context.config[`${namespace}:tenantId`] ?? PLACEHOLDER_UUID;
  return { clientId: PLACEHOLDER_UUID, objectId: PLACEHOLDER_UUID, subscriptionId, tenantId };
}

interface PolicyStatementJson {
  Sid?: string;
  [key: string]: unknown;
}

/**
 * Renders `aws.iam.getPolicyDocument` inputs the way the AWS provider does: one-element lists become
 * strings, principals group by type (`"*"` alone for an anonymous principal), conditions nest as
 * `{test: {variable: values}}`. Statements of `sourcePolicyDocuments` come first; statements with the
 * same `Sid` in the inputs, then in `overridePolicyDocuments`, replace them.
 */
export function renderPolicyDocument(inputs: Inputs): Inputs {
  const merged: PolicyStatementJson[] = [];
  const mergeStatements = (statements: PolicyStatementJson[]) => {
    for (const statement of statements) {
      const same = statement.Sid ? merged.findIndex((s) => s.Sid === statement.Sid) : -1;
      if (same >= 0) merged[same] = statement;
      else merged.push(statement);
    }
  };
  for (const source of asArray(inputs.sourcePolicyDocuments)) mergeStatements(statementsOf(source));
  mergeStatements(asArray(inputs.statements).map((s) => renderStatement(s as Inputs)));
  for (const override of asArray(inputs.overridePolicyDocuments)) mergeStatements(statementsOf(override));

  const document: Inputs = { Version: stringOr(inputs.version, "2012-10-17") };
  if (typeof inputs.policyId === "string" && inputs.policyId !== "") document.Id = inputs.policyId;
  document.Statement = merged;
  const json = JSON.stringify(document, null, 2);
  return { ...inputs, id: String(hashCode(json)), json, minifiedJson: JSON.stringify(document) };
}

function renderStatement(statement: Inputs): PolicyStatementJson {
  const out: PolicyStatementJson = {};
  if (typeof statement.sid === "string" && statement.sid !== "") out.Sid = statement.sid;
  out.Effect = stringOr(statement.effect, "Allow");
  const lists: [string, string][] = [
    ["actions", "Action"],
    ["notActions", "NotAction"],
    ["resources", "Resource"],
    ["notResources", "NotResource"],
  ];
  for (const [input, key] of lists) {
    const values = asArray(statement[input]);
    if (values.length > 0) out[key] = oneOrMany(values);
  }
  const principals = renderPrincipals(asArray(statement.principals));
  if (principals !== undefined) out.Principal = principals;
  const notPrincipals = renderPrincipals(asArray(statement.notPrincipals));
  if (notPrincipals !== undefined) out.NotPrincipal = notPrincipals;
  const conditions = asArray(statement.conditions);
  if (conditions.length > 0) {
    const byTest: Record<string, Record<string, unknown>> = {};
    for (const condition of conditions as Inputs[]) {
      const test = String(condition.test);
      byTest[test] ??= {};
      byTest[test][String(condition.variable)] = oneOrMany(asArray(condition.values));
    }
    out.Condition = byTest;
  }
  return out;
}

function renderPrincipals(principals: unknown[]): unknown {
  if (principals.length === 0) return undefined;
  const byType: Record<string, unknown[]> = {};
  for (const principal of principals as Inputs[]) {
    const type = String(principal.type);
    byType[type] = [...(byType[type] ?? []), ...asArray(principal.identifiers)];
  }
  const types = Object.keys(byType);
  if (types.length === 1 && types[0] === "*") return "*";
  return Object.fromEntries(types.map((type) => [type, oneOrMany(byType[type])]));
}

function statementsOf(policyJson: unknown): PolicyStatementJson[] {
  if (typeof policyJson !== "string") return [];
  try {
    const statement = (JSON.parse(policyJson) as { Statement?: unknown }).Statement;
    return asArray(statement) as PolicyStatementJson[];
  } catch {
    return []; // an unparsable source document contributes nothing, like an empty one
  }
}

function asArray(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  return value === undefined || value === null ? [] : [value];
}

function oneOrMany(values: unknown[]): unknown {
  return values.length === 1 ? values[0] : values;
}

/** A stable id for the rendered document (the provider uses a hash of the JSON too). */
function hashCode(text: string): number {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (Math.imul(31, hash) + text.charCodeAt(i)) >>> 0;
  return hash;
}
