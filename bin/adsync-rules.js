#!/usr/bin/env node
// The CLI ships prebuilt in dist/ (npm install runs the build through the prepare script).
import { createRequire } from 'node:module';
createRequire(import.meta.url)('../dist/cli.cjs');
