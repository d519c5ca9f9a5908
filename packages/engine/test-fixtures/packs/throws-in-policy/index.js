// A policy that throws is a broken policy, not a passing one: the SDK turns it into a gRPC error.
const { PolicyPack } = require("@pulumi/policy");

new PolicyPack("throws-in-policy", {
  policies: [
    {
      name: "always-throws",
      description: "Throws on every resource.",
      enforcementLevel: "mandatory",
      validateResource: () => {
        throw new Error("policy bug: cannot read the bucket");
      },
    },
  ],
});
