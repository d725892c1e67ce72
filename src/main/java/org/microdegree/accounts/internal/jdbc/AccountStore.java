package org.microdegree.accounts.internal.jdbc;

import lombok.RequiredArgsConstructor;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.microdegree.accounts.Account;
import org.microdegree.accounts.ApiToken;
import org.microdegree.accounts.LoginThrottle;
import org.microdegree.accounts.TokenScope;
import org.microdegree.shared.Grant;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL over the accounts tables. */
@Repository
@RequiredArgsConstructor
public class AccountStore {

    /** What sign-in needs beyond the account: the password hash and the throttling state. */
    public record Credentials(Account account, @Nullable String passwordHash, int failedLogins, @Nullable Instant lockedUntil) {}

    /** A token row with its owner, for authenticating a presented token. */
    public record TokenRow(ApiToken token, String accountId, String secretHash) {}

    private static final String ACCOUNT_COLUMNS = "id, email, name, enabled, sso_issuer, created_at, last_sign_in, password_hash, failed_logins, locked_until";

    private final JdbcClient jdbc;

    public static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public void insert(String id, String email, String name, @Nullable String passwordHash, @Nullable String ssoIssuer,
            @Nullable String ssoSubject, Instant now) {
        jdbc.sql("""
                insert into accounts_account (id, email, email_key, name, password_hash, enabled, sso_issuer, sso_subject,
                                              failed_logins, created_at)
                values (?, ?, ?, ?, ?, true, ?, ?, 0, ?)""")
                .params(id, email.strip(), key(email), name, passwordHash, ssoIssuer, ssoSubject, ts(now)).update();
    }

    public Optional<Credentials> byEmail(String email) {
        return one("email_key = ?", key(email));
    }

    public Optional<Credentials> byId(String id) {
        return one("id = ?", id);
    }

    public Optional<Credentials> bySso(String issuer, String subject) {
        return one("sso_issuer = ? and sso_subject = ?", issuer, subject);
    }

    private Optional<Credentials> one(String where, Object... params) {
        return jdbc.sql("select " + ACCOUNT_COLUMNS + " from accounts_account where " + where).params(params)
                .query((rs, n) -> credentials(rs)).optional().map(this::withGrants);
    }

    public List<Account> all() {
        return jdbc.sql("select " + ACCOUNT_COLUMNS + " from accounts_account order by email_key")
                .query((rs, n) -> credentials(rs)).list().stream().map(c -> withGrants(c).account()).toList();
    }

    /** Accounts holding any role at one of {@code institutions}. */
    public List<Account> atInstitutions(Set<String> institutions) {
        if (institutions.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + ACCOUNT_COLUMNS + " from accounts_account a where exists (select 1 from accounts_grant g"
                + " where g.account_id = a.id and g.institution_id in (:i)) order by email_key")
                .param("i", List.copyOf(institutions)).query((rs, n) -> credentials(rs)).list().stream().map(c -> withGrants(c).account()).toList();
    }

    /** Of the accounts for {@code emails}, those holding the learner role at {@code institution}: e-mail key to account id. */
    public Map<String, String> learnersAt(String institution, Collection<String> emails) {
        Map<String, String> found = new HashMap<>();
        List<String> keys = emails.stream().map(AccountStore::key).distinct().toList();
        for (int from = 0; from < keys.size(); from += 1000) {
            jdbc.sql("select a.email_key, a.id from accounts_account a join accounts_grant g on g.account_id = a.id"
                    + " where g.role = 'learner' and g.institution_id = :i and a.email_key in (:e)")
                    .param("i", institution).param("e", keys.subList(from, Math.min(keys.size(), from + 1000)))
                    .query((rs, n) -> found.put(rs.getString(1), rs.getString(2))).list();
        }
        return found;
    }

    /** GDPR art. 17 for an account: no name, no e-mail, no password, no single sign-on link, no token; disabled. */
    public void anonymize(String id, Instant now) {
        String placeholder = "erased-" + id + "@erased.invalid";
        jdbc.sql("update accounts_account set email = ?, email_key = ?, name = 'erased', password_hash = null, enabled = false,"
                + " sso_issuer = null, sso_subject = null where id = ?").params(placeholder, placeholder, id).update();
        jdbc.sql("update accounts_token set revoked_at = ? where account_id = ? and revoked_at is null").params(ts(now), id).update();
        jdbc.sql("delete from accounts_grant where account_id = ?").param(id).update();
    }

    public void setEnabled(String id, boolean enabled) {
        jdbc.sql("update accounts_account set enabled = ? where id = ?").params(enabled, id).update();
    }

    public void setPassword(String id, String hash) {
        jdbc.sql("update accounts_account set password_hash = ?, failed_logins = 0, locked_until = null where id = ?").params(hash, id).update();
    }

    public void linkSso(String id, String issuer, String subject, String name) {
        jdbc.sql("update accounts_account set sso_issuer = ?, sso_subject = ?, name = ? where id = ?").params(issuer, subject, name, id).update();
    }

    /**
     * Counts a sign-in attempt as failed until it succeeds ({@link #signedIn} resets the count), if
     * the account is not waiting: one atomic update, which also starts the wait when this attempt
     * reaches the free failures. False when the account waits, and then nothing is checked.
     *
     * @param waitAfter until when the account waits after its n-th failure in a row
     */
    public boolean countAttempt(String id, Instant now, BiFunction<Integer, Instant, Instant> waitAfter) {
        int free = LoginThrottle.FREE_FAILURES;
        StringBuilder lock = new StringBuilder("case");
        List<Object> params = new ArrayList<>();
        for (int n = free; n < free + 5; n++) {
            lock.append(" when failed_logins + 1 = ? then ?");
            params.add(n);
            params.add(ts(waitAfter.apply(n, now)));
        }
        lock.append(" when failed_logins + 1 > ? then ? else locked_until end");
        params.add(free + 4);
        params.add(ts(waitAfter.apply(free + 10, now)));
        params.add(id);
        params.add(ts(now));
        return jdbc.sql("update accounts_account set failed_logins = failed_logins + 1, locked_until = " + lock
                + " where id = ? and (locked_until is null or locked_until <= ?)").params(params).update() == 1;
    }

    public void signedIn(String id, Instant now) {
        jdbc.sql("update accounts_account set failed_logins = 0, locked_until = null, last_sign_in = ? where id = ?").params(ts(now), id).update();
    }

    public void addGrant(String id, Grant grant, String source) {
        jdbc.sql("""
                insert into accounts_grant (account_id, role, institution_id, source)
                select ?, ?, ?, ? where not exists (select 1 from accounts_grant
                  where account_id = ? and role = ? and institution_id = ? and source = ?)""")
                .params(id, grant.role().code(), grant.institution().value(), source, id, grant.role().code(), grant.institution().value(), source)
                .update();
    }

    /** Removes a grant whatever its source; returns whether there was one. */
    public boolean removeGrant(String id, Grant grant) {
        return jdbc.sql("delete from accounts_grant where account_id = ? and role = ? and institution_id = ?")
                .params(id, grant.role().code(), grant.institution().value()).update() > 0;
    }

    public void replaceSsoGrants(String id, Set<Grant> grants) {
        jdbc.sql("delete from accounts_grant where account_id = ? and source = 'sso'").params(id).update();
        for (Grant g : grants) {
            addGrant(id, g, "sso");
        }
    }

    private Set<Grant> grants(String id) {
        Set<Grant> grants = new HashSet<>();
        jdbc.sql("select role, institution_id from accounts_grant where account_id = ?").params(id).query((rs, n) -> {
            String institution = rs.getString(2);
            Role.fromCode(rs.getString(1)).ifPresent(r -> grants.add(new Grant(r, InstitutionId.of(institution))));
            return institution;
        }).list();
        return grants;
    }

    // ---- tokens ----

    public void insertToken(String accountId, ApiToken t, String secretHash) {
        jdbc.sql("""
                insert into accounts_token (id, account_id, name, secret_hash, scopes, created_at, expires_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(t.id(), accountId, t.name(), secretHash, scopes(t.scopes()), ts(t.createdAt()), ts(t.expiresAt())).update();
    }

    public List<ApiToken> tokens(String accountId) {
        return jdbc.sql("select id, name, scopes, created_at, expires_at, revoked_at, last_used_at, account_id, secret_hash"
                + " from accounts_token where account_id = ? order by created_at desc, id")
                .params(accountId).query((rs, n) -> tokenRow(rs).token()).list();
    }

    public Optional<TokenRow> token(String id) {
        return jdbc.sql("select id, name, scopes, created_at, expires_at, revoked_at, last_used_at, account_id, secret_hash"
                + " from accounts_token where id = ?")
                .params(id).query((rs, n) -> tokenRow(rs)).optional();
    }

    public boolean revokeToken(String accountId, String id, Instant now) {
        return jdbc.sql("update accounts_token set revoked_at = ? where account_id = ? and id = ? and revoked_at is null")
                .params(ts(now), accountId, id).update() > 0;
    }

    public void tokenUsed(String id, Instant now) {
        jdbc.sql("update accounts_token set last_used_at = ? where id = ?").params(ts(now), id).update();
    }

    // ---- mapping ----

    // no query while a result set is open: outside a transaction a nested query takes a second pooled
    // connection, and under load every connection then waits for another (found by EnrolmentConcurrencyIT)
    private static Credentials credentials(ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        Account a = new Account(id, rs.getString("email"), rs.getString("name"), rs.getBoolean("enabled"), Set.of(),
                rs.getString("sso_issuer"), instant(rs, "created_at"), instant(rs, "last_sign_in"));
        return new Credentials(a, rs.getString("password_hash"), rs.getInt("failed_logins"), instant(rs, "locked_until"));
    }

    private Credentials withGrants(Credentials c) {
        Account a = c.account();
        return new Credentials(new Account(a.id(), a.email(), a.name(), a.enabled(), grants(a.id()), a.ssoIssuer(), a.createdAt(),
                a.lastSignIn()), c.passwordHash(), c.failedLogins(), c.lockedUntil());
    }

    private static TokenRow tokenRow(ResultSet rs) throws SQLException {
        Set<TokenScope> scopes = new HashSet<>();
        for (String s : rs.getString("scopes").split(",")) {
            TokenScope.fromCode(s).ifPresent(scopes::add);
        }
        ApiToken t = new ApiToken(rs.getString("id"), rs.getString("name"), scopes, instant(rs, "created_at"),
                instant(rs, "expires_at"), instant(rs, "revoked_at"), instant(rs, "last_used_at"));
        return new TokenRow(t, rs.getString("account_id"), rs.getString("secret_hash"));
    }

    private static String scopes(Set<TokenScope> scopes) {
        List<String> codes = new ArrayList<>();
        for (TokenScope s : TokenScope.values()) {
            if (scopes.contains(s)) {
                codes.add(s.code());
            }
        }
        return String.join(",", codes);
    }

    private static @Nullable OffsetDateTime ts(@Nullable Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
