#!/usr/bin/env node
// Placeholder bin until the CLI lands: prints usage.
console.log('vnportal-banner: usage: vnportal-banner --date YYYY-MM-DD [--days-after N] [--events FILE] [--national]');
