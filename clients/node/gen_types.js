#!/usr/bin/env node
'use strict';
// Regenerates the TypeScript types of the contract (generated/) with proto-loader-gen-types,
// using the client's own loader options. Kept in one place so scripts/gen_node_types and the
// staleness test produce byte-identical output.
// Usage: node gen_types.js [--out DIR]   (default: generated/ beside this file)

const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { CLIENT_DIR, PROTO_ROOT, LOADER_OPTIONS, protoFiles } = require('./protos');

const GENERATOR = require.resolve('@grpc/proto-loader/build/bin/proto-loader-gen-types.js');

function generatorFlags() {
  return [
    ...(LOADER_OPTIONS.keepCase ? ['--keepCase'] : []),
    `--longs=${LOADER_OPTIONS.longs.name}`,
    `--enums=${LOADER_OPTIONS.enums.name}`,
    ...(LOADER_OPTIONS.defaults ? ['--defaults'] : []),
    ...(LOADER_OPTIONS.oneofs ? ['--oneofs'] : []),
    '--includeComments',
    '--grpcLib=@grpc/grpc-js',
  ];
}

function generate(outDir) {
  fs.rmSync(outDir, { recursive: true, force: true });
  // The generator writes each file's proto path into a comment; a path relative to this
  // directory keeps the output the same in every checkout.
  const includeDir = path.relative(CLIENT_DIR, PROTO_ROOT);
  execFileSync(
    process.execPath,
    [GENERATOR, ...generatorFlags(), `--includeDirs=${includeDir}`, `--outDir=${outDir}`, ...protoFiles()],
    { cwd: CLIENT_DIR, stdio: 'inherit' },
  );
}

function main(argv) {
  let outDir = path.join(CLIENT_DIR, 'generated');
  if (argv[0] === '--out' && argv.length === 2) outDir = path.resolve(argv[1]);
  else if (argv.length > 0) throw new Error('usage: node gen_types.js [--out DIR]');
  generate(outDir);
}

main(process.argv.slice(2));
