package org.microdegree.accounts;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.microdegree.shared.Secrets;
import org.microdegree.accounts.internal.jdbc.AccountStore.Credentials;
import org.microdegree.accounts.internal.jdbc.AccountStore;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ConflictException;
import org.microdegree.shared.Grant;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.NotFoundException;
import org.microdegree.shared.Role;
import org.microdegree.shared.TextRules;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The accounts module's API. Passwords are kept only as bcrypt hashes, token secrets only as
 * SHA-256 hashes (they are long random strings, so a fast hash is enough). Nothing here logs an
 * e-mail address, a password or a token.
 */
@Service
public class Accounts {

    public static final int MIN_PASSWORD_LENGTH = 10;
    public static final Duration MAX_TOKEN_VALIDITY = Duration.ofDays(366);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final String TOKEN_PREFIX = "mdg_";

    private final AccountStore store;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final PasswordEncoder passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final SecureRandom random = new SecureRandom();
    // compared against when the e-mail is unknown, so that a refusal takes as long either way;
    // made on first use, so that commands which never sign anyone in do not pay for a hash
    private volatile @Nullable String dummyHash;
    private final Clock clock;

    private String dummyHash() {
        String hash = dummyHash;
        if (hash == null) {
            hash = passwords.encode("no such account");
            dummyHash = hash;
        }
        return hash;
    }

    public Accounts(AccountStore store, TransactionTemplate tx, ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.store = store;
        this.tx = tx;
        this.events = events;
    }

    /** Tells the learners module, in the same transaction, of learner roles just granted. */
    private void announceLearnerRoles(String id, String email, Collection<Grant> grants) {
        grants.stream().filter(g -> g.role() == Role.LEARNER)
                .forEach(g -> events.publishEvent(new LearnerRoleGranted(id, email, g.institution())));
    }

    /**
     * The accounts among {@code emails} that hold the learner role at {@code institution} (e-mail in
     * lower case to account id): whom a registrar's new learner record may be linked to.
     */
    public Map<String, String> learnerAccountsAt(InstitutionId institution, Collection<String> emails) {
        return emails.isEmpty() ? Map.of() : store.learnersAt(institution.value(), emails);
    }

    // ---- accounts ----

    /** A new account with a password (or none: it then signs in only by single sign-on). */
    public Account create(String email, String name, char @Nullable [] password, Set<Grant> grants) {
        requireEmail(email);
        requireName(name);
        String hash = password == null ? null : hash(password);
        return tx.execute(s -> {
            if (store.byEmail(email).isPresent()) {
                throw new ConflictException("an account for this e-mail address exists already");
            }
            String id = UUID.randomUUID().toString();
            store.insert(id, email, name.isBlank() ? email.strip() : name.strip(), hash, null, null, clock.instant());
            grants.forEach(g -> store.addGrant(id, g, "local"));
            announceLearnerRoles(id, email.strip(), grants);
            return store.byId(id).orElseThrow().account();
        });
    }

    /** For demo data only: an account with a known, short password. */
    public Account createDemo(String email, String name, String password, Set<Grant> grants) {
        Optional<Credentials> existing = store.byEmail(email);
        if (existing.isPresent()) {
            return existing.get().account();
        }
        String id = UUID.randomUUID().toString();
        store.insert(id, email, name, passwords.encode(password), null, null, clock.instant());
        grants.forEach(g -> store.addGrant(id, g, "local"));
        announceLearnerRoles(id, email, grants);
        return store.byId(id).orElseThrow().account();
    }

    public List<Account> list() {
        return store.all();
    }

    public List<Account> atInstitutions(Set<String> institutions) {
        return store.atInstitutions(institutions);
    }

    public Optional<Account> byEmail(String email) {
        return store.byEmail(email).map(Credentials::account);
    }

    public Optional<Account> byId(String id) {
        return store.byId(id).map(Credentials::account);
    }

    /**
     * A learner who erased her data (GDPR art. 17) loses the account that held nothing but her
     * studies: name, e-mail, password, single sign-on link and tokens go, and it can no longer sign in.
     * An account with any other role (staff who also study) keeps what the staff role needs.
     * Returns whether the account was erased.
     */
    public boolean eraseLearnerAccount(String accountId) {
        Optional<Account> account = store.byId(accountId).map(AccountStore.Credentials::account);
        if (account.isEmpty() || account.get().grants().stream().anyMatch(g -> g.role() != Role.LEARNER)) {
            return false;
        }
        tx.executeWithoutResult(s -> store.anonymize(accountId, clock.instant()));
        return true;
    }

    public Account setEnabled(String email, boolean enabled) {
        Account a = require(email);
        store.setEnabled(a.id(), enabled);
        return require(email);
    }

    public Account grant(String email, Grant grant) {
        return tx.execute(s -> {
            Account a = require(email);
            store.addGrant(a.id(), grant, "local");
            announceLearnerRoles(a.id(), a.email(), Set.of(grant));
            return require(email);
        });
    }

    public Account revoke(String email, Grant grant) {
        Account a = require(email);
        if (!store.removeGrant(a.id(), grant)) {
            throw new NotFoundException("the account does not hold " + grant.role().code() + " at " + grant.institution());
        }
        return require(email);
    }

    public void changePassword(String accountId, char[] current, char[] next) {
        Credentials c = store.byId(accountId).orElseThrow(() -> new NotFoundException("no such account"));
        if (c.passwordHash() != null && !passwords.matches(new String(current), c.passwordHash())) {
            throw InvalidInputException.of("currentPassword", "is not the account's password");
        }
        store.setPassword(accountId, hash(next));
    }

    /** Sets a password whatever the current one is: for operators at the command line. */
    public void resetPassword(String email, char[] password) {
        store.setPassword(require(email).id(), hash(password));
    }

    private Account require(String email) {
        return store.byEmail(email).map(Credentials::account).orElseThrow(() -> new NotFoundException("no account has this e-mail address"));
    }

    // ---- signing in ----

    /** Checks e-mail and password, counting failures in the database so that every instance throttles alike. */
    public SignIn signIn(String email, String password) {
        Instant now = clock.instant();
        Optional<Credentials> found = store.byEmail(email);
        if (found.isEmpty() || found.get().passwordHash() == null) {
            passwords.matches(password, dummyHash());
            return new SignIn.Refused();
        }
        Credentials c = found.get();
        // the attempt is counted before the password is checked, in one conditional update: of many
        // parallel tries only those before the wait are checked, never more (the database serialises them)
        if (!store.countAttempt(c.account().id(), now, this::waitAfter)) {
            return new SignIn.Throttled(store.byId(c.account().id()).map(Credentials::lockedUntil).orElse(now));
        }
        if (!passwords.matches(password, c.passwordHash())) {
            return new SignIn.Refused();
        }
        if (!c.account().enabled()) {
            return new SignIn.Refused();
        }
        store.signedIn(c.account().id(), now);
        return new SignIn.Accepted(c.account());
    }

    private Instant waitAfter(int failures, Instant now) {
        return LoginThrottle.waitAfter(failures, now);
    }

    /**
     * Signs in a person vouched for by an OpenID provider: the account linked to the provider's
     * subject, else the account with the same verified e-mail address (then linked), else a new one.
     * The grants derived from the provider's claims replace those of the previous sign-in; grants
     * made locally stay. Returns empty for a disabled account.
     */
    public Optional<Account> signInWithSso(String issuer, String subject, @Nullable String email, boolean emailVerified,
            @Nullable String name, Set<Grant> grants) {
        return tx.execute(s -> {
            Optional<Credentials> linked = store.bySso(issuer, subject);
            String id;
            if (linked.isPresent()) {
                id = linked.get().account().id();
            } else {
                Optional<Credentials> sameEmail = email != null && emailVerified ? store.byEmail(email) : Optional.empty();
                if (sameEmail.isPresent() && sameEmail.get().account().ssoIssuer() == null) {
                    id = sameEmail.get().account().id();
                    store.linkSso(id, issuer, subject, name == null ? sameEmail.get().account().name() : name);
                } else {
                    id = UUID.randomUUID().toString();
                    // without a usable e-mail address, the provider's subject names the account
                    String address = email != null && emailVerified && store.byEmail(email).isEmpty() ? email : subject + "@" + hostOf(issuer);
                    store.insert(id, address, name == null ? address : name, null, issuer, subject, clock.instant());
                }
            }
            store.replaceSsoGrants(id, grants);
            Credentials c = store.byId(id).orElseThrow();
            announceLearnerRoles(id, c.account().email(), grants);
            if (!c.account().enabled()) {
                return Optional.<Account>empty();
            }
            store.signedIn(id, clock.instant());
            return Optional.of(c.account());
        });
    }

    private static String hostOf(String issuer) {
        try {
            String host = URI.create(issuer).getHost();
            return host == null ? "sso" : host;
        } catch (IllegalArgumentException e) {
            return "sso";
        }
    }

    // ---- API tokens ----

    /** A new token; its secret is in the result and nowhere else. */
    public NewToken createToken(String accountId, String name, Set<TokenScope> scopes, Duration validity) {
        if (name.isBlank() || name.length() > 100) {
            throw InvalidInputException.of("name", "must be 1 to 100 characters");
        }
        TextRules.require("name", name, 100);
        if (scopes.isEmpty()) {
            throw InvalidInputException.of("scopes", "name at least one of: read, write");
        }
        if (validity.isNegative() || validity.isZero() || validity.compareTo(MAX_TOKEN_VALIDITY) > 0) {
            throw InvalidInputException.of("validDays", "must be between 1 and " + MAX_TOKEN_VALIDITY.toDays() + " days");
        }
        byId(accountId).orElseThrow(() -> new NotFoundException("no such account"));
        String id = randomString(9);
        String secret = randomString(32);
        Instant now = clock.instant();
        ApiToken token = new ApiToken(id, name.strip(), scopes, now, now.plus(validity), null, null);
        store.insertToken(accountId, token, sha256(secret));
        return new NewToken(token, TOKEN_PREFIX + id + "_" + secret);
    }

    public List<ApiToken> tokens(String accountId) {
        return store.tokens(accountId);
    }

    public void revokeToken(String accountId, String tokenId) {
        if (!store.revokeToken(accountId, tokenId, clock.instant())) {
            throw new NotFoundException("token '" + tokenId + "' does not exist or is revoked already");
        }
    }

    /** The account and scopes of a presented token, if it is genuine, active and its account enabled. */
    public Optional<TokenUse> authenticateToken(String presented) {
        if (!presented.startsWith(TOKEN_PREFIX)) {
            return Optional.empty();
        }
        int sep = presented.indexOf('_', TOKEN_PREFIX.length());
        if (sep < 0) {
            return Optional.empty();
        }
        String id = presented.substring(TOKEN_PREFIX.length(), sep);
        String secret = presented.substring(sep + 1);
        Instant now = clock.instant();
        return store.token(id)
                .filter(t -> MessageDigest.isEqual(t.secretHash().getBytes(StandardCharsets.US_ASCII), sha256(secret).getBytes(StandardCharsets.US_ASCII)))
                .filter(t -> t.token().activeAt(now))
                .flatMap(t -> byId(t.accountId()).filter(Account::enabled).map(a -> {
                    store.tokenUsed(id, now);
                    return new TokenUse(a, t.token());
                }));
    }

    /** An account acting through one of its tokens. */
    public record TokenUse(Account account, ApiToken token) {
        public Actor actor() {
            Actor a = account.actor();
            return token.scopes().contains(TokenScope.WRITE) ? a : a.asReadOnly();
        }
    }

    // ---- helpers ----

    private String hash(char[] password) {
        if (password.length < MIN_PASSWORD_LENGTH) {
            throw InvalidInputException.of("password", "must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        return passwords.encode(new String(password));
    }

    private static void requireEmail(String email) {
        if (email == null || !EMAIL.matcher(email.strip()).matches() || email.length() > 254
                || TextRules.problem(email, 254) != null) {
            throw InvalidInputException.of("email", "is not an e-mail address");
        }
    }

    private static void requireName(String name) {
        TextRules.require("name", name.strip(), TextRules.NAME);
    }

    private String randomString(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b).replace('_', 'x').replace('-', 'y');
    }

    private static String sha256(String s) {
        return Secrets.sha256Hex(s);
    }
}
