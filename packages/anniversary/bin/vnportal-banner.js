#!/usr/bin/env node
// Committed, not built: npm links a workspace bin only if its file exists at install time, and dist/ does not
// yet. This file runs the built CLI, or says how to build it.
import('../dist/cli.js').catch((error) => {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('cli.js')) {
    process.stderr.write('vnportal-banner: the CLI is not built yet: run `npm run build` first\n');
    process.exit(1);
  }
  throw error;
});
