// The process dies while a request is in flight (as on an out-of-memory kill or a native crash).
const { PolicyPack } = require("@pulumi/policy");

new PolicyPack("exits-in-policy", {
  policies: [
    {
      name: "exits",
      description: "Exits the process.",
      enforcementLevel: "mandatory",
      validateResource: () => {
        console.error("fatal: rules engine crashed");
        process.exit(3);
      },
    },
  ],
});
