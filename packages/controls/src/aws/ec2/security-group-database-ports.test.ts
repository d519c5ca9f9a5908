import { describe, expect, it } from "vitest";
import type { Control } from "../../model/control";
import { settingsFor } from "../../model/evaluate";
import { runExample } from "../../testing/harness";
import { naclDatabasePorts } from "./nacl-database-ports";
import { securityGroupDatabasePorts } from "./security-group-database-ports";

const sg = (ingress: unknown[]) => [{ type: "aws:ec2/securityGroup:SecurityGroup", props: { ingress } }];
const run = (control: Control, example: ReturnType<typeof sg>, settings?: Record<string, unknown>) =>
  runExample(control, example, settingsFor(control, settings));

describe("database ports family", () => {
  it.each([
    [3306, "MySQL"],
    [5432, "PostgreSQL"],
    [1433, "SQL Server"],
    [1521, "Oracle"],
    [6379, "Redis"],
    [11211, "Memcached"],
    [27017, "MongoDB"],
    [9200, "OpenSearch"],
    [9300, "OpenSearch"],
    [9042, "Cassandra"],
    [9092, "Kafka"],
  ])("reports TCP %i (%s) open to the internet, naming the engine", (port, engine) => {
    const verdict = run(securityGroupDatabasePorts, sg([{ protocol: "tcp", fromPort: port, toPort: port, cidrBlocks: ["0.0.0.0/0"] }]));
    expect(verdict.status).toBe("fail");
    if (verdict.status === "fail") expect(verdict.violations[0].message).toContain(engine);
  });

  it("reports an all-ports rule once, naming every engine port", () => {
    const verdict = run(
      securityGroupDatabasePorts,
      sg([{ protocol: "tcp", fromPort: 0, toPort: 65535, cidrBlocks: ["0.0.0.0/0"], ipv6CidrBlocks: ["::/0"] }]),
    );
    expect(verdict.status).toBe("fail");
    if (verdict.status !== "fail") return;
    expect(verdict.violations).toHaveLength(1);
    expect(verdict.violations[0].message).toMatch(/3306.*5432.*27017/s);
    expect(verdict.violations[0].message).toContain("::/0");
  });

  it("ignores UDP and private sources, and follows the ports setting", () => {
    expect(run(securityGroupDatabasePorts, sg([{ protocol: "udp", fromPort: 3306, toPort: 3306, cidrBlocks: ["0.0.0.0/0"] }])).status).toBe(
      "pass",
    );
    expect(
      run(securityGroupDatabasePorts, sg([{ protocol: "tcp", fromPort: 5432, toPort: 5432, cidrBlocks: ["172.16.0.0/12"] }])).status,
    ).toBe("pass");
    const custom = sg([{ protocol: "tcp", fromPort: 15432, toPort: 15432, cidrBlocks: ["0.0.0.0/0"] }]);
    expect(run(securityGroupDatabasePorts, custom).status).toBe("pass");
    expect(run(securityGroupDatabasePorts, custom, { ports: [15432] }).status).toBe("fail");
  });

  it("treats a NACL's ephemeral return range as return traffic, but not an allow of everything", () => {
    const acl = (entry: Record<string, unknown>) => [
      {
        type: "aws:ec2/networkAcl:NetworkAcl",
        props: { vpcId: "v", ingress: [{ ruleNo: 100, action: "allow", cidrBlock: "0.0.0.0/0", ...entry }] },
      },
    ];
    expect(run(naclDatabasePorts, acl({ protocol: "tcp", fromPort: 32768, toPort: 65535 })).status).toBe("pass");
    expect(run(naclDatabasePorts, acl({ protocol: "tcp", fromPort: 3306, toPort: 3306 })).status).toBe("fail");
    expect(run(naclDatabasePorts, acl({ protocol: "-1", fromPort: 0, toPort: 0 })).status).toBe("fail");
  });
});
