// A JavaScript program found through package.json `main`, exporting its body as a function.
const pulumi = require("@pulumi/pulumi");

module.exports = async () => {
  const thing = new pulumi.CustomResource("palisade:fixtures:Thing", "thing", { size: 1 });
  return { thingUrn: thing.urn };
};
