'use strict';
// Where the contract lives and how it is loaded. The client (at run time) and the type
// generator (gen_types.js) both read these options, so the generated TypeScript types
// describe exactly the objects the client sends and receives.

const fs = require('fs');
const path = require('path');

const CLIENT_DIR = __dirname;
const PROTO_ROOT = path.resolve(CLIENT_DIR, '..', '..', 'protos');

// google/protobuf/{timestamp,duration,field_mask}.proto need no include directory:
// protobufjs (under @grpc/proto-loader) bundles the well-known types.
const LOADER_OPTIONS = Object.freeze({
  keepCase: true, // snake_case field names, as in the .proto files
  longs: String, // int64 money amounts arrive as exact decimal strings, never lossy numbers
  enums: String, // enum values by name ("MILESTONE_STATUS_APPROVED")
  defaults: true, // unset scalars read as their zero value
  oneofs: true, // a virtual field names the member of each oneof that is set
});

/** Every .proto file under protos/, relative to it, sorted. */
function protoFiles() {
  const found = [];
  const walk = (relativeDir) => {
    const entries = fs.readdirSync(path.join(PROTO_ROOT, relativeDir), { withFileTypes: true });
    for (const entry of entries) {
      const relative = path.posix.join(relativeDir, entry.name);
      if (entry.isDirectory()) walk(relative);
      else if (entry.name.endsWith('.proto')) found.push(relative);
    }
  };
  walk('');
  return found.sort();
}

module.exports = { CLIENT_DIR, PROTO_ROOT, LOADER_OPTIONS, protoFiles };
