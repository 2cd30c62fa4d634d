#!/usr/bin/env node
// Committed so that npm links the bin on a fresh clone; the code it runs is the build in dist/.
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2));
