// An independent wallet: Sphereon's OpenID4VCI client (1.0 draft 15 and later) takes a credential
// offer, redeems its pre-authorized code with the transaction code, fetches a nonce and asks for the
// credential with a proof of possession of a fresh P-256 key (ES256; the public key as jwk in the
// proof's header). Usage: node wallet.mjs OFFER_URI TX_CODE OUT.json. Writes {"credential": VC,
// "holder": jwk} or {"error": "..."} to OUT.json (the client logs to the console as it goes); exits 0
// when a credential arrived, 1 when not, 2 on bad arguments.
import {writeFileSync} from 'node:fs';
import {generateKeyPairSync, sign} from 'node:crypto';
import {OpenID4VCIClientV1_0_15} from '@sphereon/oid4vci-client';

const [uri, txCode, out] = process.argv.slice(2);
if(!uri || !txCode || !out) {
  console.error('usage: node wallet.mjs OFFER_URI TX_CODE OUT.json');
  process.exit(2);
}
const {publicKey, privateKey} = generateKeyPairSync('ec', {namedCurve: 'P-256'});
const jwk = publicKey.export({format: 'jwk'});
const base64url = value => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

// the wallet's signer: a compact JWS over the header and payload the client built
async function signCallback(jwt) {
  const input = base64url(jwt.header) + '.' + base64url(jwt.payload);
  const signature = sign('sha256', Buffer.from(input), {key: privateKey, dsaEncoding: 'ieee-p1363'});
  return input + '.' + signature.toString('base64url');
}

try {
  const client = await OpenID4VCIClientV1_0_15.fromURI({uri, retrieveServerMetadata: true});
  await client.acquireAccessToken({pin: txCode});
  const configurationId = client.getCredentialOfferConfigurationIds()[0];
  const response = await client.acquireCredentials({
    credentialConfigurationId: configurationId, format: 'ldp_vc', jwk, alg: 'ES256',
    proofCallbacks: {signCallback}
  });
  const credential = response.credentials ? response.credentials[0].credential : response.credential;
  writeFileSync(out, JSON.stringify({credential, holder: jwk, configurationId}));
} catch(e) {
  writeFileSync(out, JSON.stringify({error: e.message || String(e)}));
  process.exit(1);
}
