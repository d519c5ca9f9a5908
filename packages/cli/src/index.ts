export { controlsCommand, renderCatalogueDoc, renderControlsMarkdown, renderCoverageMarkdown } from "./commands/controls";
export { scan } from "./commands/scan";
export { evaluate } from "./evaluate";
export { cloudsIn, ownPack } from "./packs";
export { validateOwnConfig } from "./policy-config";
