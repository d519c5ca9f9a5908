import * as kms from "@pulumi/aws/kms";
import type { Provider } from "@pulumi/aws/provider";
import * as pulumi from "@pulumi/pulumi";

/** A key policy statement whose values may still be outputs (account ids, ARNs). */
export interface KeyStatement {
  Sid: string;
  Effect: "Allow";
  Principal: { AWS?: pulumi.Input<string>; Service?: string | string[] };
  Action: string[];
  Resource: "*";
  Condition: Record<string, Record<string, pulumi.Input<string> | pulumi.Input<string>[]>>;
}

export interface PurposeKeyArgs {
  /** logs, data, secrets, alerts: one key per purpose, so a grant for one never opens another. */
  purpose: string;
  description: string;
  accountId: pulumi.Input<string>;
  provider: Provider;
  /**
   * Who may use the key besides the account's IAM policies: each statement names its actions and conditions.
   * None: the key keeps AWS's default policy (the account root only, i.e. IAM policies decide).
   */
  statements: KeyStatement[];
  tags: Record<string, string>;
}

/**
 * A customer-managed symmetric key with yearly rotation, a 30-day deletion window and a least-privilege
 * key policy: the account root administers it (so IAM policies decide who else may), and every other
 * statement grants named actions to a named principal under conditions — never `kms:*`, never an
 * unconditioned `*`.
 */
export class PurposeKey extends pulumi.ComponentResource {
  readonly key: kms.Key;
  readonly arn: pulumi.Output<string>;
  /** `alias/palisade/<purpose>`: services in the same account may name the key by it (known at preview). */
  readonly aliasName: string;
  readonly alias: kms.Alias;

  constructor(name: string, args: PurposeKeyArgs, opts?: pulumi.ComponentResourceOptions) {
    super("palisade:aws:PurposeKey", name, {}, opts);
    const opt = { parent: this, provider: args.provider };
    for (const s of args.statements) {
      if (Object.keys(s.Condition).length === 0) throw new Error(`key ${name}: statement ${s.Sid} needs a condition`);
      if (s.Action.some((a) => a === "*" || a === "kms:*"))
        throw new Error(`key ${name}: statement ${s.Sid} grants ${s.Action.join(", ")}`);
    }
    // Without grants to services, AWS's default key policy is exactly "the account root, delegating to IAM".
    const policy =
      args.statements.length === 0
        ? undefined
        : pulumi.jsonStringify({
            Version: "2012-10-17",
            Statement: [
              {
                Sid: "AccountAdministration",
                Effect: "Allow",
                Principal: { AWS: pulumi.interpolate`arn:aws:iam::${args.accountId}:root` },
                Action: "kms:*",
                Resource: "*",
              },
              ...args.statements,
            ],
          });
    this.key = new kms.Key(
      name,
      {
        description: args.description,
        enableKeyRotation: true,
        rotationPeriodInDays: 365,
        deletionWindowInDays: 30,
        ...(policy ? { policy } : {}),
        tags: { ...args.tags, "palisade:key-purpose": args.purpose },
      },
      { ...opt, protect: true },
    );
    this.aliasName = `alias/palisade/${args.purpose}`;
    this.alias = new kms.Alias(`${name}-alias`, { name: this.aliasName, targetKeyId: this.key.keyId }, opt);
    this.arn = this.key.arn;
    this.registerOutputs({ arn: this.arn });
  }
}
