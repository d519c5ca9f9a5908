import * as pulumi from "@pulumi/pulumi";

// Fails in the way its stack's `mode` config asks for; one fixture for every failure path.
const mode = new pulumi.Config().require("mode");

new pulumi.CustomResource("palisade:fixtures:Thing", "before-failure", { mode });

function explode(): never {
  throw new Error("boom: the program failed on purpose");
}

switch (mode) {
  case "throw":
    explode();
    break;
  case "runerror":
    throw new pulumi.RunError("bucket names must be unique (a RunError)");
  case "logerror":
    pulumi.log.error("quota exceeded (reported with pulumi.log.error)");
    break;
  case "reject":
    Promise.reject(new Error("an unhandled rejection"));
    break;
  case "hang":
    // Never settles: the event loop empties while the program is still waiting.
    module.exports = new Promise(() => {});
    break;
  case "spin":
    // Never settles and keeps the event loop busy: only the timeout ends it.
    module.exports = new Promise(() => setInterval(() => {}, 1_000));
    break;
}
