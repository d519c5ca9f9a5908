import { awsControls } from "@palisade/controls";
import { describePackContract } from "@palisade/crossguard/dist/testing";
import { describe, expect, it } from "vitest";
import * as pack from "./policies";

describePackContract(pack, awsControls, "aws", { describe, it, expect });
