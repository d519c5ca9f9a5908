import { EC2Client } from "@aws-sdk/client-ec2";
import { IAMClient } from "@aws-sdk/client-iam";
import { S3Client } from "@aws-sdk/client-s3";
import { AssumeRoleCommand, STSClient } from "@aws-sdk/client-sts";

export interface AwsServiceClients {
  ec2: EC2Client;
  iam: IAMClient;
  s3: S3Client;
}

/** How runbooks reach a member account. */
export interface AwsClients {
  forAccount(accountId: string, region: string): Promise<AwsServiceClients>;
}

// biome-ignore lint/suspicious/noExplicitAny: SDK client config is shared by the three clients
type ClientConfig = Record<string, any>;

/** Clients with the given configuration (credentials, retry strategy), whatever the account: for tests and single-account use. */
export function staticClients(config: ClientConfig): AwsClients {
  return {
    async forAccount(_accountId, region) {
      return {
        ec2: new EC2Client({ ...config, region }),
        iam: new IAMClient({ ...config, region }),
        s3: new S3Client({ ...config, region }),
      };
    },
  };
}

/**
 * Production: the function runs in the audit account and assumes `roleName` in the member account named by the event
 * (a least-privilege role the landing zone deploys), one session per account and region, refreshed before expiry.
 */
export function assumeRoleClients(options: {
  roleName: string;
  partition?: string;
  sessionName?: string;
  config?: ClientConfig;
}): AwsClients {
  const sts = new STSClient({ ...options.config });
  const cache = new Map<string, { clients: AwsServiceClients; expires: number }>();
  return {
    async forAccount(accountId, region) {
      const key = `${accountId}/${region}`;
      const hit = cache.get(key);
      if (hit && hit.expires > Date.now() + 60_000) return hit.clients;
      const out = await sts.send(
        new AssumeRoleCommand({
          RoleArn: `arn:${options.partition ?? "aws"}:iam::${accountId}:role/${options.roleName}`,
          RoleSessionName: options.sessionName ?? "palisade-respond",
          DurationSeconds: 900,
        }),
      );
      const c = out.Credentials;
      if (!c?.AccessKeyId || !c.SecretAccessKey) throw new Error(`AssumeRole into ${accountId} returned no credentials`);
      const credentials = {
        accessKeyId: c.AccessKeyId,
        secretAccessKey: c.SecretAccessKey,
        sessionToken: c.SessionToken,
        expiration: c.Expiration,
      };
      const config = { ...options.config, region, credentials };
      const clients = { ec2: new EC2Client(config), iam: new IAMClient(config), s3: new S3Client(config) };
      cache.set(key, { clients, expires: c.Expiration?.getTime() ?? Date.now() + 600_000 });
      return clients;
    },
  };
}
