import type { FakeCloud, Fault, WireCall } from "./fake-http";

/** Stateful fake of the EC2 (EC2 Query), IAM and SNS (AWS Query) and S3 (REST-XML) endpoints the AWS runbooks call. */

export interface SgRule {
  id: string;
  groupId: string;
  egress: boolean;
  protocol: string;
  from?: number;
  to?: number;
  cidr: string;
}
export interface Group {
  id: string;
  name: string;
  vpcId: string;
  tags: Record<string, string>;
}
export interface Instance {
  id: string;
  vpcId: string;
  tags: Record<string, string>;
  enis: Array<{ id: string; groups: string[] }>;
  volumes: Array<{ device: string; volumeId: string }>;
  profileArn?: string;
  terminationProtection: boolean;
}
export interface Snapshot {
  id: string;
  volumeId: string;
  description: string;
  tags: Record<string, string>;
}

export class AwsState {
  groups = new Map<string, Group>();
  rules: SgRule[] = [];
  instances = new Map<string, Instance>();
  snapshots: Snapshot[] = [];
  users = new Map<
    string,
    { tags: Record<string, string>; keys: Record<string, "Active" | "Inactive">; policies: Record<string, string> }
  >();
  roles = new Map<string, { tags: Record<string, string>; policies: Record<string, string> }>();
  profiles = new Map<string, string[]>();
  buckets = new Map<string, { owner: string; tags?: Record<string, string>; pab?: Record<string, boolean> }>();
  published: Array<{ topic: string; subject: string; message: string }> = [];
  assumed: string[] = [];
  private seq = 0;
  nextId(prefix: string): string {
    this.seq += 1;
    return `${prefix}-${String(this.seq).padStart(17, "0")}`;
  }
}

const esc = (s: unknown) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const tagSet = (tags: Record<string, string>) =>
  `<tagSet>${Object.entries(tags)
    .map(([k, v]) => `<item><key>${esc(k)}</key><value>${esc(v)}</value></item>`)
    .join("")}</tagSet>`;
const ec2Ok = (action: string, inner: string) =>
  new Response(
    `<?xml version="1.0" encoding="UTF-8"?><${action}Response xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>req-1</requestId>${inner}</${action}Response>`,
    {
      status: 200,
      headers: { "content-type": "text/xml" },
    },
  );
const queryOk = (action: string, result: string, ns = "https://iam.amazonaws.com/doc/2010-05-08/") =>
  new Response(
    `<${action}Response xmlns="${ns}"><${action}Result>${result}</${action}Result><ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata></${action}Response>`,
    {
      status: 200,
      headers: { "content-type": "text/xml" },
    },
  );
const members = (items: string[]) => items.map((i) => `<member>${i}</member>`).join("");

/** `Prefix.1`, `Prefix.2`, … of a flattened Query list. */
function list(p: Record<string, string>, prefix: string): string[] {
  const out: string[] = [];
  for (let i = 1; p[`${prefix}.${i}`] !== undefined; i++) out.push(p[`${prefix}.${i}`]);
  return out;
}
function filters(p: Record<string, string>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (let i = 1; p[`Filter.${i}.Name`] !== undefined; i++) out[p[`Filter.${i}.Name`]] = list(p, `Filter.${i}.Value`);
  return out;
}
function tagSpec(p: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 1; p[`TagSpecification.1.Tag.${i}.Key`] !== undefined; i++)
    out[p[`TagSpecification.1.Tag.${i}.Key`]] = p[`TagSpecification.1.Tag.${i}.Value`];
  return out;
}

function ec2Error(status: number, code: string, message: string): Response {
  return new Response(
    `<Response><Errors><Error><Code>${code}</Code><Message>${esc(message)}</Message></Error></Errors><RequestID>req-1</RequestID></Response>`,
    {
      status,
      headers: { "content-type": "text/xml" },
    },
  );
}
function queryError(status: number, code: string, message: string): Response {
  return new Response(
    `<ErrorResponse><Error><Type>Sender</Type><Code>${code}</Code><Message>${esc(message)}</Message></Error><RequestId>req-1</RequestId></ErrorResponse>`,
    {
      status,
      headers: { "content-type": "text/xml" },
    },
  );
}
function s3Error(status: number, code: string, message: string): Response {
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${esc(message)}</Message><RequestId>req-1</RequestId></Error>`,
    {
      status,
      headers: { "content-type": "application/xml" },
    },
  );
}

function ruleXml(r: SgRule): string {
  return `<item><securityGroupRuleId>${r.id}</securityGroupRuleId><groupId>${r.groupId}</groupId><isEgress>${r.egress}</isEgress><ipProtocol>${r.protocol}</ipProtocol>${
    r.from !== undefined ? `<fromPort>${r.from}</fromPort><toPort>${r.to}</toPort>` : "<fromPort>-1</fromPort><toPort>-1</toPort>"
  }${r.cidr.includes(":") ? `<cidrIpv6>${r.cidr}</cidrIpv6>` : `<cidrIpv4>${r.cidr}</cidrIpv4>`}<tagSet/></item>`;
}

function ec2(state: AwsState, call: WireCall): Response {
  const p = call.body as Record<string, string>;
  const a = p.Action;
  switch (a) {
    case "DescribeSecurityGroups": {
      const ids = list(p, "GroupId");
      const f = filters(p);
      const found = [...state.groups.values()].filter(
        (g) =>
          (ids.length === 0 || ids.includes(g.id)) &&
          (!f["group-name"] || f["group-name"].includes(g.name)) &&
          (!f["vpc-id"] || f["vpc-id"].includes(g.vpcId)),
      );
      if (ids.length > 0 && found.length === 0)
        return ec2Error(400, "InvalidGroup.NotFound", `The security group '${ids[0]}' does not exist`);
      return ec2Ok(
        a,
        `<securityGroupInfo>${found.map((g) => `<item><groupId>${g.id}</groupId><groupName>${g.name}</groupName><vpcId>${g.vpcId}</vpcId>${tagSet(g.tags)}</item>`).join("")}</securityGroupInfo>`,
      );
    }
    case "DescribeSecurityGroupRules": {
      const f = filters(p);
      return ec2Ok(
        a,
        `<securityGroupRuleSet>${state.rules
          .filter((r) => f["group-id"]?.includes(r.groupId))
          .map(ruleXml)
          .join("")}</securityGroupRuleSet>`,
      );
    }
    case "RevokeSecurityGroupIngress":
    case "RevokeSecurityGroupEgress": {
      const ids = list(p, "SecurityGroupRuleId");
      const missing = ids.filter((id) => !state.rules.some((r) => r.id === id && r.groupId === p.GroupId));
      if (missing.length > 0) return ec2Error(400, "InvalidSecurityGroupRuleId.NotFound", `rule ${missing[0]} not found`);
      state.rules = state.rules.filter((r) => !ids.includes(r.id));
      return ec2Ok(a, "<return>true</return>");
    }
    case "CreateSecurityGroup": {
      const id = state.nextId("sg");
      state.groups.set(id, { id, name: p.GroupName, vpcId: p.VpcId, tags: tagSpec(p) });
      state.rules.push({ id: state.nextId("sgr"), groupId: id, egress: true, protocol: "-1", cidr: "0.0.0.0/0" });
      return ec2Ok(a, `<groupId>${id}</groupId>`);
    }
    case "DescribeInstances": {
      const ids = list(p, "InstanceId");
      const found = ids.map((id) => state.instances.get(id)).filter((i) => i !== undefined);
      if (found.length === 0) return ec2Error(400, "InvalidInstanceID.NotFound", `The instance ID '${ids[0]}' does not exist`);
      const inst = found
        .map(
          (i) =>
            `<item><instanceId>${i.id}</instanceId><vpcId>${i.vpcId}</vpcId>${tagSet(i.tags)}<networkInterfaceSet>${i.enis
              .map(
                (n) =>
                  `<item><networkInterfaceId>${n.id}</networkInterfaceId><groupSet>${n.groups.map((g) => `<item><groupId>${g}</groupId></item>`).join("")}</groupSet></item>`,
              )
              .join("")}</networkInterfaceSet><blockDeviceMapping>${i.volumes
              .map(
                (v) =>
                  `<item><deviceName>${v.device}</deviceName><ebs><volumeId>${v.volumeId}</volumeId><status>attached</status></ebs></item>`,
              )
              .join(
                "",
              )}</blockDeviceMapping>${i.profileArn ? `<iamInstanceProfile><arn>${i.profileArn}</arn><id>AIPA1</id></iamInstanceProfile>` : ""}</item>`,
        )
        .join("");
      return ec2Ok(
        a,
        `<reservationSet><item><reservationId>r-1</reservationId><instancesSet>${inst}</instancesSet></item></reservationSet>`,
      );
    }
    case "DescribeInstanceAttribute": {
      const i = state.instances.get(p.InstanceId);
      if (!i) return ec2Error(400, "InvalidInstanceID.NotFound", "not found");
      return ec2Ok(
        a,
        `<instanceId>${i.id}</instanceId><disableApiTermination><value>${i.terminationProtection}</value></disableApiTermination>`,
      );
    }
    case "ModifyInstanceAttribute": {
      const i = state.instances.get(p.InstanceId);
      if (!i) return ec2Error(400, "InvalidInstanceID.NotFound", "not found");
      if (p["DisableApiTermination.Value"] !== undefined) i.terminationProtection = p["DisableApiTermination.Value"] === "true";
      return ec2Ok(a, "<return>true</return>");
    }
    case "ModifyNetworkInterfaceAttribute": {
      const eni = [...state.instances.values()].flatMap((i) => i.enis).find((n) => n.id === p.NetworkInterfaceId);
      if (!eni) return ec2Error(400, "InvalidNetworkInterfaceID.NotFound", "not found");
      eni.groups = list(p, "SecurityGroupId");
      return ec2Ok(a, "<return>true</return>");
    }
    case "DescribeSnapshots": {
      const f = filters(p);
      const found = state.snapshots.filter(
        (s) =>
          (!f["volume-id"] || f["volume-id"].includes(s.volumeId)) &&
          Object.entries(f).every(([k, v]) => !k.startsWith("tag:") || v.includes(s.tags[k.slice(4)])),
      );
      return ec2Ok(
        a,
        `<snapshotSet>${found.map((s) => `<item><snapshotId>${s.id}</snapshotId><volumeId>${s.volumeId}</volumeId>${tagSet(s.tags)}</item>`).join("")}</snapshotSet>`,
      );
    }
    case "CreateSnapshot": {
      const s = { id: state.nextId("snap"), volumeId: p.VolumeId, description: p.Description, tags: tagSpec(p) };
      state.snapshots.push(s);
      return ec2Ok(a, `<snapshotId>${s.id}</snapshotId><volumeId>${s.volumeId}</volumeId><status>pending</status>${tagSet(s.tags)}`);
    }
    default:
      return ec2Error(400, "InvalidAction", `fake EC2 does not implement ${a}`);
  }
}

function iam(state: AwsState, call: WireCall): Response {
  const p = call.body as Record<string, string>;
  const a = p.Action;
  const user = p.UserName ? state.users.get(p.UserName) : undefined;
  const role = p.RoleName ? state.roles.get(p.RoleName) : undefined;
  const noUser = () => queryError(404, "NoSuchEntity", `The user with name ${p.UserName} cannot be found.`);
  const noRole = () => queryError(404, "NoSuchEntity", `The role with name ${p.RoleName} cannot be found.`);
  const tags = (t: Record<string, string>) =>
    `<Tags>${members(Object.entries(t).map(([k, v]) => `<Key>${esc(k)}</Key><Value>${esc(v)}</Value>`))}</Tags><IsTruncated>false</IsTruncated>`;
  switch (a) {
    case "ListUserTags":
      return user ? queryOk(a, tags(user.tags)) : noUser();
    case "ListRoleTags":
      return role ? queryOk(a, tags(role.tags)) : noRole();
    case "ListAccessKeys":
      if (!user) return noUser();
      return queryOk(
        a,
        `<UserName>${p.UserName}</UserName><AccessKeyMetadata>${members(
          Object.entries(user.keys).map(
            ([id, st]) =>
              `<UserName>${p.UserName}</UserName><AccessKeyId>${id}</AccessKeyId><Status>${st}</Status><CreateDate>2026-01-01T00:00:00Z</CreateDate>`,
          ),
        )}</AccessKeyMetadata><IsTruncated>false</IsTruncated>`,
      );
    case "UpdateAccessKey":
      if (!user) return noUser();
      if (!user.keys[p.AccessKeyId]) return queryError(404, "NoSuchEntity", `The Access Key with id ${p.AccessKeyId} cannot be found.`);
      user.keys[p.AccessKeyId] = p.Status as "Active" | "Inactive";
      return new Response(
        `<UpdateAccessKeyResponse><ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata></UpdateAccessKeyResponse>`,
        { status: 200 },
      );
    case "GetUserPolicy":
    case "GetRolePolicy": {
      const holder = a === "GetUserPolicy" ? user : role;
      if (!holder) return a === "GetUserPolicy" ? noUser() : noRole();
      const doc = holder.policies[p.PolicyName];
      if (doc === undefined) return queryError(404, "NoSuchEntity", `The policy ${p.PolicyName} cannot be found.`);
      return queryOk(a, `<PolicyName>${p.PolicyName}</PolicyName><PolicyDocument>${encodeURIComponent(doc)}</PolicyDocument>`);
    }
    case "PutUserPolicy":
    case "PutRolePolicy": {
      const holder = a === "PutUserPolicy" ? user : role;
      if (!holder) return a === "PutUserPolicy" ? noUser() : noRole();
      holder.policies[p.PolicyName] = p.PolicyDocument;
      return new Response(`<${a}Response><ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata></${a}Response>`, {
        status: 200,
      });
    }
    case "GetInstanceProfile": {
      const roles = state.profiles.get(p.InstanceProfileName);
      if (!roles) return queryError(404, "NoSuchEntity", `Instance Profile ${p.InstanceProfileName} cannot be found.`);
      return queryOk(
        a,
        `<InstanceProfile><InstanceProfileName>${p.InstanceProfileName}</InstanceProfileName><InstanceProfileId>AIPA1</InstanceProfileId><Path>/</Path><Arn>arn:aws:iam::111122223333:instance-profile/${p.InstanceProfileName}</Arn><CreateDate>2026-01-01T00:00:00Z</CreateDate><Roles>${members(
          roles.map(
            (r) =>
              `<RoleName>${r}</RoleName><RoleId>AROA1</RoleId><Path>/</Path><Arn>arn:aws:iam::111122223333:role/${r}</Arn><CreateDate>2026-01-01T00:00:00Z</CreateDate>`,
          ),
        )}</Roles></InstanceProfile>`,
      );
    }
    default:
      return queryError(400, "InvalidAction", `fake IAM does not implement ${a}`);
  }
}

function sns(state: AwsState, call: WireCall): Response {
  const p = call.body as Record<string, string>;
  if (p.Action !== "Publish") return queryError(400, "InvalidAction", p.Action);
  state.published.push({ topic: p.TopicArn, subject: p.Subject, message: p.Message });
  return queryOk("Publish", "<MessageId>m-1</MessageId>", "http://sns.amazonaws.com/doc/2010-03-31/");
}

function sts(state: AwsState, call: WireCall): Response {
  const p = call.body as Record<string, string>;
  if (p.Action !== "AssumeRole") return queryError(400, "InvalidAction", p.Action);
  state.assumed.push(p.RoleArn);
  return queryOk(
    "AssumeRole",
    `<Credentials><AccessKeyId>ASIAFAKE</AccessKeyId><SecretAccessKey>fake-secret</SecretAccessKey><SessionToken>fake-token</SessionToken><Expiration>2099-01-01T00:00:00Z</Expiration></Credentials><AssumedRoleUser><Arn>${p.RoleArn}/palisade-respond</Arn><AssumedRoleId>AROA1:palisade-respond</AssumedRoleId></AssumedRoleUser>`,
    "https://sts.amazonaws.com/doc/2011-06-15/",
  );
}

function s3(state: AwsState, call: WireCall): Response {
  const bucketName = call.host.split(".s3.")[0];
  const bucket = state.buckets.get(bucketName);
  if (!bucket) return s3Error(404, "NoSuchBucket", "The specified bucket does not exist");
  if (call.headers["x-amz-expected-bucket-owner"] && call.headers["x-amz-expected-bucket-owner"] !== bucket.owner)
    return s3Error(403, "AccessDenied", "Access Denied");
  if ("tagging" in call.query && call.method === "GET") {
    if (!bucket.tags) return s3Error(404, "NoSuchTagSet", "The TagSet does not exist");
    return new Response(
      `<Tagging><TagSet>${Object.entries(bucket.tags)
        .map(([k, v]) => `<Tag><Key>${esc(k)}</Key><Value>${esc(v)}</Value></Tag>`)
        .join("")}</TagSet></Tagging>`,
      { status: 200, headers: { "content-type": "application/xml" } },
    );
  }
  if ("publicAccessBlock" in call.query && call.method === "GET") {
    if (!bucket.pab) return s3Error(404, "NoSuchPublicAccessBlockConfiguration", "The public access block configuration was not found");
    return new Response(
      `<PublicAccessBlockConfiguration>${Object.entries(bucket.pab)
        .map(([k, v]) => `<${k}>${v}</${k}>`)
        .join("")}</PublicAccessBlockConfiguration>`,
      { status: 200, headers: { "content-type": "application/xml" } },
    );
  }
  if ("publicAccessBlock" in call.query && call.method === "PUT") {
    const xml = String(call.body);
    bucket.pab = Object.fromEntries(
      ["BlockPublicAcls", "IgnorePublicAcls", "BlockPublicPolicy", "RestrictPublicBuckets"].map((k) => [
        k,
        new RegExp(`<${k}>true</${k}>`).test(xml),
      ]),
    );
    return new Response(null, { status: 200 });
  }
  return s3Error(400, "NotImplemented", `fake S3 does not implement ${call.method} ${JSON.stringify(call.query)}`);
}

/** The AWS Query action of a call (EC2, IAM, SNS), or `S3:<method>:<subresource>`. */
export function awsOp(c: WireCall): string {
  const p = c.body as Record<string, string> | undefined;
  if (p && typeof p === "object" && p.Action) return p.Action;
  return `S3:${c.method}:${Object.keys(c.query).join(",")}`;
}

export const isAwsRead = (c: WireCall) => /^(Describe|Get|List)|^S3:GET/.test(awsOp(c));

export function installAws(fake: FakeCloud, state: AwsState): void {
  const error = (call: WireCall, f: Fault) => {
    if (call.host.startsWith("ec2.")) return ec2Error(f.status, f.code, f.code);
    if (call.host.includes(".s3.")) return s3Error(f.status, f.code, f.code);
    return queryError(f.status, f.code, f.code);
  };
  fake.route(
    (h) => /^ec2\.[a-z0-9-]+\.amazonaws\.com$/.test(h),
    (c) => ec2(state, c),
    error,
  );
  fake.route(
    (h) => h === "iam.amazonaws.com",
    (c) => iam(state, c),
    error,
  );
  fake.route(
    (h) => /^sts\.([a-z0-9-]+\.)?amazonaws\.com$/.test(h),
    (c) => sts(state, c),
    error,
  );
  fake.route(
    (h) => /^sns\.[a-z0-9-]+\.amazonaws\.com$/.test(h),
    (c) => sns(state, c),
    error,
  );
  fake.route(
    (h) => /\.s3\.[a-z0-9-]+\.amazonaws\.com$/.test(h),
    (c) => s3(state, c),
    error,
  );
}
