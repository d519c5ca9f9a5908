import { describe, expect, it } from "vitest";
import { allowAllCidr, allowAllRange } from "./azure-firewall";

describe("the allow-all firewall reading", () => {
  it("flags the 'Allow Azure services' rule and whole-internet ranges", () => {
    expect(allowAllRange("0.0.0.0", "0.0.0.0")).toMatch(/every Azure service/);
    expect(allowAllRange("0.0.0.0", undefined)).toMatch(/every Azure service/);
    expect(allowAllRange("0.0.0.0", "255.255.255.255")).toMatch(/whole internet/);
    expect(allowAllRange("1.0.0.0", "254.255.255.255")).toMatch(/whole internet/);
    expect(allowAllRange("203.0.113.0", "255.255.255.255")).toMatch(/end of the address space/);
  });

  it("accepts narrow public ranges and rejects what is not an IPv4 address", () => {
    expect(allowAllRange("203.0.113.10", "203.0.113.20")).toBeUndefined();
    expect(allowAllRange("10.0.0.0", "10.255.255.255")).toBeUndefined();
    expect(allowAllRange("256.0.0.0", "256.0.0.1")).toBeUndefined();
    expect(allowAllRange(undefined, "1.2.3.4")).toBeUndefined();
  });

  it("reads CIDR allow lists the same way", () => {
    expect(allowAllCidr("0.0.0.0/0")).toMatch(/whole internet/);
    expect(allowAllCidr("128.0.0.0/1")).toMatch(/whole internet/);
    expect(allowAllCidr("0.0.0.0")).toMatch(/every Azure service/);
    expect(allowAllCidr("203.0.113.0/24")).toBeUndefined();
    expect(allowAllCidr("203.0.113.7")).toBeUndefined();
    expect(allowAllCidr("0.0.0.0/33")).toBeUndefined();
  });
});
