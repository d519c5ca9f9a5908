// An ES module program (package.json "type": "module"), loaded with import() instead of require().
import * as pulumi from "@pulumi/pulumi";

const greeting = new pulumi.Config().require("greeting");
export const thing = new pulumi.CustomResource("palisade:fixtures:Thing", "esm-thing", { greeting }).urn;
