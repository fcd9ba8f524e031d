#!/usr/bin/env node
// The pipeline is TypeScript; Node runs it from a bundle, made again whenever a source changed.
import { bundledEntry } from "../pipeline/bundle/load.js";

const { main } = await import(await bundledEntry("main.js"));
process.exitCode = await main(process.argv.slice(2));
