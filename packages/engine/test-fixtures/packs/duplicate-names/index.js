// Two policies of one name: config and levels are keyed by name, so one would take the other's level
// (a mandatory violation reported as advisory). The engine refuses the pack.
const { PolicyPack } = require("@pulumi/policy");

const failEverything = (level) => ({
  name: "same-name",
  description: `Fails every resource (${level}).`,
  enforcementLevel: level,
  validateResource: (_args, reportViolation) => reportViolation("always"),
});

new PolicyPack("duplicate-names", { policies: [failEverything("mandatory"), failEverything("advisory")] });
