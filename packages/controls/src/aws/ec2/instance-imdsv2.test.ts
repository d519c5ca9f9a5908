import { describe, expect, it } from "vitest";
import { runExample } from "../../testing/harness";
import { ec2InstanceImdsv2 } from "./instance-imdsv2";

describe("aws-ec2-instance-imdsv2", () => {
  it("cannot evaluate an instance whose httpTokens is unset: the default depends on the AMI", () => {
    for (const props of [{ ami: "ami-0al2023" }, { ami: "ami-0al2023", metadataOptions: { httpPutResponseHopLimit: 2 } }]) {
      const verdict = runExample(ec2InstanceImdsv2, [{ type: "aws:ec2/instance:Instance", props }]);
      expect(verdict.status).toBe("cannot-evaluate");
      if (verdict.status === "cannot-evaluate") expect(verdict.reason).toContain("AMI");
    }
  });

  it("cannot evaluate a launch template without metadataOptions either", () => {
    const verdict = runExample(ec2InstanceImdsv2, [{ type: "aws:ec2/launchTemplate:LaunchTemplate", props: { imageId: "ami-1" } }]);
    expect(verdict.status).toBe("cannot-evaluate");
  });

  it("fails an explicit optional", () => {
    const verdict = runExample(ec2InstanceImdsv2, [
      { type: "aws:ec2/instance:Instance", props: { ami: "ami-1", metadataOptions: { httpTokens: "optional" } } },
    ]);
    expect(verdict.status).toBe("fail");
  });
});
