import { azureControls } from "@palisade/controls";
import { describePackContract } from "@palisade/crossguard/dist/testing";
import { describe, expect, it } from "vitest";
import * as pack from "./policies";

describePackContract(pack, azureControls, "azure", { describe, it, expect });
