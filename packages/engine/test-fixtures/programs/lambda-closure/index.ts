import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";

// What aws.lambda.CallbackFunction does with its callback: serialize the closure, imports included.
const greeting = "hello";
const handler = async (name: string) => path.join(greeting, name);

const text = pulumi.output(pulumi.runtime.serializeFunction(handler)).apply((fn) => fn.text);

new pulumi.CustomResource("palisade:fixtures:Code", "handler", { code: text });
