#!/usr/bin/env node
// The pipeline is TypeScript; Node runs it from a bundle, made again whenever a source changed.
import { bundled } from "../pipeline/launcher/bundle/load.js";

const { entry, sources } = await bundled();
const { main } = await import(entry("main.js"));
process.exitCode = await main(process.argv.slice(2), { sources, worker: entry("pool-worker.js") });
