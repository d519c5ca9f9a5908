// Fails while loading, before `new PolicyPack` serves anything.
throw new Error("pack failed to load: missing rules file");
