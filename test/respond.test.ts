import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { palisade, ROOT, tempDir } from "./helpers";

/** `palisade respond`: a recorded event in, the runbooks that answer it and what they would do out; never a change. */
const FIX = join(ROOT, "packages/respond/test/fixtures");

describe("palisade respond", () => {
  it.each([
    ["aws/guardduty-ec2-backdoor.json", "aws-isolate-compromised-instance", "aws-guardduty-detector-enabled"],
    ["azure/eventgrid-nsg-rule-write.json", "azure-remove-open-admin-nsg-rules", "azure-network-nsg-admin-ports"],
    ["gcp/scc-open-ssh-port-cloudevent.json", "gcp-disable-open-admin-firewall", "gcp-compute-firewall-admin-ports"],
  ])("%s → %s, offline, with its plan", (fixture, runbook, control) => {
    const r = palisade(["respond", join(FIX, fixture), "--format", "json"]);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ runbook, control });
    expect(out[0].plan.length).toBeGreaterThan(0);
  });

  it("prints the plan as text and reports a scope exclusion", () => {
    const r = palisade(["respond", join(FIX, "aws/guardduty-ec2-backdoor.json")]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("aws-isolate-compromised-instance  (control aws-guardduty-detector-enabled, aws)");
    expect(r.stdout).toContain("snapshot every EBS volume of i-0abc1234def567890");
    const ex = palisade(["respond", join(FIX, "aws/guardduty-ec2-backdoor.json"), "--exclude-scope", "111122223333"]);
    expect(ex.stdout).toContain("excluded: account 111122223333 is excluded");
  });

  it("bad input names the file, exits 2 and writes nothing", () => {
    const dir = tempDir();
    const bad = join(dir, "bad.json");
    writeFileSync(bad, "{ not json");
    const out = join(dir, "out.txt");
    const r = palisade(["respond", bad, "--out", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${bad}: not JSON`);
    expect(existsSync(out)).toBe(false);
    const other = join(dir, "other.json");
    writeFileSync(other, JSON.stringify({ hello: "world" }));
    const none = palisade(["respond", other]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain(`${other}: no runbook answers this event`);
    const unknown = palisade(["respond", join(FIX, "aws/guardduty-ec2-backdoor.json"), "--runbook", "nope"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown runbook "nope"');
  });
});
