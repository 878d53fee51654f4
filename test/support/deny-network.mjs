// Preloaded with `node --import` by the offline test: every way out to the network throws, and
// each attempt is appended to the file named by STEWARD_TEST_NET_LOG so the test can assert none.
import { appendFileSync } from 'node:fs';
import dns from 'node:dns';
import net from 'node:net';
import { syncBuiltinESMExports } from 'node:module';

const log = process.env.STEWARD_TEST_NET_LOG;
function deny(what) {
  return function denied(...args) {
    const target = typeof args[0] === 'object' ? JSON.stringify(args[0]) : String(args[0]);
    if (log) appendFileSync(log, `${what} ${target}\n`);
    throw new Error(`network access attempted: ${what} ${target}`);
  };
}

net.Socket.prototype.connect = deny('net.Socket.connect');
dns.lookup = deny('dns.lookup');
dns.promises.lookup = deny('dns.promises.lookup');
globalThis.fetch = deny('fetch');
syncBuiltinESMExports();
