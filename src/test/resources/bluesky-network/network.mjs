// The Bluesky reference network for the tests: @atproto/dev-env's TestNetwork (a PLC directory, a
// PDS, the AppView with its sync service and the moderation service), every server on 127.0.0.1 on a
// free port. The AppView keeps its data in the PostgreSQL database given (SAFEPOST_DB_URL, schemas
// named after SAFEPOST_DB_SCHEMA) and needs Redis, started here from redis-server on a free port.
// Creates the school's account with an app password and a few followers, prints one line
// "NETWORK {json}" with the addresses and accounts, and stops everything when its standard input
// closes (the test JVM ended), or on SIGTERM.
import { spawn } from 'node:child_process';
import dns from 'node:dns';
import net from 'node:net';

dns.setDefaultResultOrder('ipv4first');

// The servers listen on a port without naming a host, which would mean every interface.
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  const first = args[0];
  if (first === undefined || first === null || typeof first === 'number'
      || (typeof first === 'string' && /^\d+$/.test(first))) {
    if (typeof args[1] !== 'string') {
      args.splice(1, 0, '127.0.0.1');
    }
    args[0] = first ?? 0;
  } else if (typeof first === 'object' && first.path === undefined && first.host === undefined
      && first.handle === undefined && first.fd === undefined) {
    args[0] = { ...first, host: '127.0.0.1' };
  }
  return listen.apply(this, args);
};

const dbUrl = required('SAFEPOST_DB_URL');
const dbSchema = required('SAFEPOST_DB_SCHEMA');
const started = Date.now();

const redisPort = await freePort();
const redis = await startRedis(redisPort);
process.env.REDIS_HOST = `127.0.0.1:${redisPort}`;
process.env.LOG_ENABLED ??= 'false';

const { TestNetwork } = await import('@atproto/dev-env');
const network = await TestNetwork.create({ dbPostgresUrl: dbUrl, dbPostgresSchema: dbSchema });
const networkUp = Date.now();

const pds = `http://127.0.0.1:${network.pds.port}`;
const school = await account('jgp-eagles.test', 'Jesse Gray Primary Eagles');
const appPassword = (await xrpc('com.atproto.server.createAppPassword', school.accessJwt,
  { name: 'Safepost' })).password;
const followers = [];
for (const [handle, name] of [['amara-mum.test', "Amara's mum"], ['grandad-joe.test', 'Grandad Joe'],
  ['coach-sam.test', 'Coach Sam']]) {
  const follower = await account(handle, name);
  await xrpc('com.atproto.repo.createRecord', follower.accessJwt, {
    repo: follower.did,
    collection: 'app.bsky.graph.follow',
    record: { $type: 'app.bsky.graph.follow', subject: school.did, createdAt: new Date().toISOString() },
  });
  followers.push(follower);
}
await network.processAll();

const described = {
  pds,
  plc: `http://127.0.0.1:${network.plc.port}`,
  appView: `http://127.0.0.1:${network.bsky.port}`,
  school: { ...pick(school), appPassword },
  followers: followers.map(pick),
  networkMillis: networkUp - started,
  readyMillis: Date.now() - started,
};
process.stdout.write(`NETWORK ${JSON.stringify(described)}\n`);

process.stdin.on('end', stop);
process.stdin.on('error', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

// Nothing of the network is kept: its database and folders are thrown away with the test run.
function stop() {
  redis.kill('SIGKILL');
  process.exit(0);
}

async function account(handle, displayName) {
  const password = `${handle}-password`;
  const created = await xrpc('com.atproto.server.createAccount', null,
    { handle, email: `${handle.split('.')[0]}@example.com`, password });
  await xrpc('com.atproto.repo.createRecord', created.accessJwt, {
    repo: created.did,
    collection: 'app.bsky.actor.profile',
    rkey: 'self',
    record: { $type: 'app.bsky.actor.profile', displayName },
  });
  return { ...created, password, displayName };
}

function pick(account) {
  return { did: account.did, handle: account.handle, password: account.password, displayName: account.displayName };
}

async function xrpc(method, accessJwt, body) {
  const headers = { 'content-type': 'application/json' };
  if (accessJwt) {
    headers.authorization = `Bearer ${accessJwt}`;
  }
  const response = await fetch(`${pds}/xrpc/${method}`, { method: 'POST', headers, body: JSON.stringify(body) });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(`${method} answered ${response.status}: ${text}`);
  }
  return text ? JSON.parse(text) : {};
}

function required(name) {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set`);
  }
  return value;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

// Redis dies with this process even if it is killed outright (the parent-death signal).
function startRedis(port) {
  return new Promise((resolve, reject) => {
    const child = spawn('setpriv', ['--pdeathsig', 'KILL', '--', 'redis-server', '--bind', '127.0.0.1',
      '--port', String(port), '--save', '', '--appendonly', 'no', '--protected-mode', 'yes'],
    { stdio: ['ignore', 'pipe', 'inherit'] });
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`redis-server did not start: ${seen}`)), 15000);
    child.once('error', (e) => reject(new Error(`redis-server could not be started: ${e.message}`)));
    child.once('exit', (code) => reject(new Error(`redis-server stopped (${code}): ${seen}`)));
    child.stdout.on('data', (chunk) => {
      seen += chunk;
      if (seen.includes('Ready to accept connections')) {
        clearTimeout(timer);
        child.stdout.resume();
        resolve(child);
      }
    });
  });
}
