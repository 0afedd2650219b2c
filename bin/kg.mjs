#!/usr/bin/env node
// The `kg` command. The project is written in TypeScript and run through tsx's loader, so
// `npx kg …` works straight after `npm install` with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv);
