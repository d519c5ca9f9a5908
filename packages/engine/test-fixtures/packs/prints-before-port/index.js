// The engine reads the port from the first stdout line, so a pack that logs first cannot be reached.
const { PolicyPack } = require("@pulumi/policy");

console.log("loading rules...");
new PolicyPack("prints-before-port", {
  policies: [{ name: "noop", description: "Does nothing.", validateResource: () => {} }],
});
