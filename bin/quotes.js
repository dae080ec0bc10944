#!/usr/bin/env node
'use strict';
// Runs the built CLI. Start-up is part of the contract: dist/quotes.js is the whole CLI in one file, compiled with
// the V8 code cache that the build made after a warm-up run (scripts/bundle.js, dist/cli/load-bundle.js). Without
// the bundle (a tsc-only build) the CLI runs from dist/cli/main.js.
const path = require('path');

const dist = path.join(__dirname, '..', 'dist');
const bundle = require('../dist/cli/load-bundle.js').loadBundle(path.join(dist, 'quotes.js'), path.join(dist, 'quotes.cache'));
const cli = bundle ? bundle.exports : require('../dist/cli/main.js');
cli.main(process.argv).then((code) => {
  process.exitCode = code;
});
