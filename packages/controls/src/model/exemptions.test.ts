import { describe, expect, it } from "vitest";
import { findExemption, isIsoDate } from "./exemptions";
import { UNKNOWN } from "./unknowns";

const bucket = {
  urn: "urn:pulumi:prod::shop::aws:s3/bucket:Bucket::assets",
  name: "assets",
  type: "aws:s3/bucket:Bucket",
  props: { tags: { "palisade:exempt": "public-site" } },
};

describe("exemptions", () => {
  it("match by URN, name and type glob patterns, and by tag", () => {
    expect(findExemption([{ urn: "urn:pulumi:prod::shop::*::assets", reason: "r" }], bucket).state).toBe("active");
    expect(findExemption([{ name: "ass*", reason: "r" }], bucket).state).toBe("active");
    expect(findExemption([{ type: "aws:s3/*", reason: "r" }], bucket).state).toBe("active");
    expect(findExemption([{ tag: { key: "palisade:exempt", value: "public-site" }, reason: "r" }], bucket).state).toBe("active");
    expect(findExemption([{ tag: { key: "palisade:exempt", value: "other" }, reason: "r" }], bucket).state).toBe("none");
    expect(findExemption([{ name: "logs", reason: "r" }], bucket).state).toBe("none");
  });

  it("require every given criterion to match", () => {
    expect(findExemption([{ name: "assets", type: "aws:ec2/*", reason: "r" }], bucket).state).toBe("none");
  });

  it("stop applying after their expiry date and say so", () => {
    const m = findExemption([{ name: "assets", reason: "launch", expires: "2026-01-31" }], bucket, "2026-02-01");
    expect(m).toEqual({ state: "expired", exemption: { name: "assets", reason: "launch", expires: "2026-01-31" } });
    expect(findExemption([{ name: "assets", reason: "launch", expires: "2026-01-31" }], bucket, "2026-01-31").state).toBe("active");
  });

  it("prefer an active exemption over an expired one", () => {
    const m = findExemption(
      [
        { name: "assets", reason: "old", expires: "2020-01-01" },
        { name: "assets", reason: "new", expires: "2999-01-01" },
      ],
      bucket,
    );
    expect(m.state === "active" && m.exemption.reason).toBe("new");
  });

  it("fail closed when the tags are unknown at preview", () => {
    const unknownTags = { ...bucket, props: { tags: UNKNOWN } };
    expect(findExemption([{ tag: { key: "palisade:exempt" }, reason: "r" }], unknownTags).state).toBe("none");
  });

  it("fail closed when malformed (a pack configured without validation): no matcher, blank reason, no date", () => {
    const malformed = [
      { reason: "matches everything?" },
      { name: "*", reason: "  " },
      { name: "*" },
      { name: 42, reason: "not a string matcher" },
      { tag: "owner", reason: "tag must be an object" },
    ];
    for (const e of malformed) expect(findExemption([e as never], bucket).state, JSON.stringify(e)).toBe("none");
    expect(findExemption("all" as never, bucket).state).toBe("none");
    // An expiry that is no calendar day cannot prove the exemption still holds.
    for (const expires of ["tomorrow", "2027-02-30", "2999-13-01"]) {
      expect(findExemption([{ name: "assets", reason: "r", expires }], bucket, "2026-01-01").state, expires).toBe("expired");
    }
  });

  it("match tags by own keys only: prototype names are not tags", () => {
    for (const key of ["constructor", "__proto__", "toString", "hasOwnProperty"]) {
      expect(findExemption([{ tag: { key }, reason: "r" }], bucket).state, key).toBe("none");
    }
  });
});

describe("isIsoDate", () => {
  it("accepts real calendar days only", () => {
    expect(["2026-02-28", "2028-02-29", "2026-12-31"].every(isIsoDate)).toBe(true);
    expect(["2026-02-29", "2027-02-30", "2026-13-01", "2026-1-01", "tomorrow", "", 20260101].some(isIsoDate)).toBe(false);
  });
});
