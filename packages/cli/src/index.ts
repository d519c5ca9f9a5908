export { controlsCommand, renderCatalogueDoc, renderControlsMarkdown, renderCoverageMarkdown } from "./commands/controls";
export { scan } from "./commands/scan";
export { evaluate } from "./evaluate";
export { validateOwnConfig } from "./policy-config";
export { cloudsIn, ownPack } from "./packs";
