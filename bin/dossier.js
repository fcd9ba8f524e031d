#!/usr/bin/env node
// The pipeline is TypeScript; tsx lets Node 20 load it without a build step.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../pipeline/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
