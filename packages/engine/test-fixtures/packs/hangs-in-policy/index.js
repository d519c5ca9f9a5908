// A policy whose promise never settles: only the client's deadline can end the request.
const { PolicyPack } = require("@pulumi/policy");

new PolicyPack("hangs-in-policy", {
  policies: [
    {
      name: "never-settles",
      description: "Waits forever.",
      enforcementLevel: "mandatory",
      validateResource: () => new Promise(() => {}),
    },
  ],
});
