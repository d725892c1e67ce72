package org.microdegree.accounts.rest;

import lombok.RequiredArgsConstructor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.microdegree.accounts.Account;
import org.microdegree.accounts.AccountAdministration;
import org.microdegree.accounts.Accounts;
import org.microdegree.accounts.ApiToken;
import org.microdegree.accounts.NewToken;
import org.microdegree.accounts.TokenScope;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.Grant;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accounts over the API. Everyone sees and manages their own account and tokens; an institution's
 * admin sees the accounts holding roles there and grants or revokes roles there, nowhere else.
 */
@RestController
@RequestMapping("/api/v1/accounts")
@Tag(name = "Accounts and API tokens")
@RequiredArgsConstructor
class AccountResource {

    private final Accounts accounts;
    private final AccountAdministration administration;

    record AccountView(String id, String email, String name, boolean enabled, List<String> roles, @Nullable String sso,
            Instant createdAt, @Nullable Instant lastSignIn) {
        static AccountView of(Account a) {
            return new AccountView(a.id(), a.email(), a.name(), a.enabled(), a.grants().stream().map(Grant::toString).sorted().toList(),
                    a.ssoIssuer(), a.createdAt(), a.lastSignIn());
        }
    }

    record GrantBody(@Nullable String role, @Nullable String institution) {}

    record NewAccount(@Nullable String email, @Nullable String name, @Nullable String password, @Nullable List<GrantBody> roles) {}

    record TokenRequest(@Nullable String name, @Nullable List<String> scopes, @Nullable Integer validDays) {}

    record TokenView(String id, String name, List<String> scopes, Instant createdAt, Instant expiresAt,
            @Nullable Instant revokedAt, @Nullable Instant lastUsedAt, boolean active) {
        static TokenView of(ApiToken t) {
            return new TokenView(t.id(), t.name(), t.scopes().stream().map(TokenScope::code).sorted().toList(), t.createdAt(),
                    t.expiresAt(), t.revokedAt(), t.lastUsedAt(), t.activeAt(Instant.now()));
        }
    }

    /** The secret is in this answer only. */
    record CreatedToken(TokenView token, String secret) {}

    @GetMapping("/me")
    @Operation(summary = "Your own account, with your roles")
    AccountView me(Actor actor) {
        return AccountView.of(signedIn(actor));
    }

    @GetMapping
    @Operation(summary = "The accounts holding a role at an institution where you are admin")
    List<AccountView> list(Actor actor) {
        return administration.accounts(actor).stream().map(AccountView::of).toList();
    }

    record InvitationBody(@Nullable String email, @Nullable String name, @Nullable String role, @Nullable String institution) {}

    record InvitationView(AccountView account, boolean mailed, @Nullable String link) {}

    @PostMapping("/invitations")
    @Operation(summary = "Invite a person by e-mail with a role where you are admin: her account, and a one-time link (valid 7 days) to set "
            + "her password, e-mailed; the link is in the answer only when no e-mail could be sent")
    ResponseEntity<InvitationView> invite(@RequestBody InvitationBody body, Actor actor) {
        Grant g = grant(new GrantBody(body.role(), body.institution()), "");
        AccountAdministration.requireAdmin(actor, g.institution());
        if (body.email() == null) {
            throw InvalidInputException.of("email", "required");
        }
        AccountAdministration.Invitation i = administration.invite(body.email(), body.name() == null ? "" : body.name(), g, actor);
        return ResponseEntity.created(URI.create("/api/v1/accounts/" + i.account().id()))
                .body(new InvitationView(AccountView.of(i.account()), i.mailed(), i.mailed() ? null : i.link()));
    }

    record EnabledBody(@Nullable Boolean enabled) {}

    @PutMapping("/{id}/enabled")
    @Operation(summary = "Disable an account (it can no longer sign in or use its tokens) or enable it again (admin of its institutions)")
    AccountView enabled(@PathVariable String id, @RequestBody EnabledBody body, Actor actor) {
        if (body.enabled() == null) {
            throw InvalidInputException.of("enabled", "true or false");
        }
        return AccountView.of(administration.setEnabled(id, body.enabled(), actor));
    }

    @PostMapping
    @Operation(summary = "Create an account with roles at institutions where you are admin (a password, or none for single sign-on only)")
    ResponseEntity<AccountView> create(@RequestBody NewAccount body, Actor actor) {
        List<Grant> grants = new ArrayList<>();
        List<GrantBody> roles = body.roles() == null ? List.of() : body.roles();
        for (int i = 0; i < roles.size(); i++) {
            grants.add(grant(roles.get(i), "roles[" + i + "]"));
        }
        if (grants.isEmpty()) {
            throw InvalidInputException.of("roles", "name at least one role at an institution where you are admin");
        }
        for (Grant g : grants) {
            AccountAdministration.requireAdmin(actor, g.institution());
        }
        if (body.email() == null) {
            throw InvalidInputException.of("email", "required");
        }
        Account a = accounts.create(body.email(), body.name() == null ? "" : body.name(),
                body.password() == null ? null : body.password().toCharArray(), new LinkedHashSet<>(grants));
        return ResponseEntity.created(URI.create("/api/v1/accounts/" + a.id())).body(AccountView.of(a));
    }

    @GetMapping("/{id}")
    @Operation(summary = "An account: your own, or one holding a role where you are admin")
    AccountView get(@PathVariable String id, Actor actor) {
        return AccountView.of(visible(id, actor));
    }

    @PostMapping("/{id}/roles")
    @Operation(summary = "Grant a role at an institution where you are admin")
    AccountView grant(@PathVariable String id, @RequestBody GrantBody body, Actor actor) {
        return AccountView.of(administration.grant(id, grant(body, ""), actor));
    }

    @DeleteMapping("/{id}/roles")
    @Operation(summary = "Revoke a role at an institution where you are admin")
    AccountView revoke(@PathVariable String id, @RequestParam String role, @RequestParam String institution, Actor actor) {
        return AccountView.of(administration.revoke(id, grant(new GrantBody(role, institution), ""), actor));
    }

    @GetMapping("/{id}/tokens")
    @Operation(summary = "Your API tokens (never their secrets)")
    List<TokenView> tokens(@PathVariable String id, Actor actor) {
        return accounts.tokens(own(id, actor).id()).stream().map(TokenView::of).toList();
    }

    @PostMapping("/{id}/tokens")
    @Operation(summary = "Make an API token: name, scopes (read, write) and days valid (1 to 366, default 90); the secret is shown once")
    ResponseEntity<CreatedToken> createToken(@PathVariable String id, @RequestBody TokenRequest body, Actor actor) {
        Account a = own(id, actor);
        if (actor.readOnly()) {
            throw new ForbiddenException("a read-only token cannot make tokens");
        }
        Set<TokenScope> scopes = EnumSet.noneOf(TokenScope.class);
        List<String> requested = body.scopes() == null ? List.of("read") : body.scopes();
        for (int i = 0; i < requested.size(); i++) {
            String code = requested.get(i);
            int at = i;
            scopes.add(
                    TokenScope.fromCode(code).orElseThrow(() -> InvalidInputException.of("scopes[" + at + "]", "'" + code + "' is not one of: read, write")));
        }
        int days = body.validDays() == null ? 90 : body.validDays();
        NewToken t = accounts.createToken(a.id(), body.name() == null ? "" : body.name(), scopes, Duration.ofDays(days));
        return ResponseEntity.created(URI.create("/api/v1/accounts/" + a.id() + "/tokens/" + t.token().id()))
                .body(new CreatedToken(TokenView.of(t.token()), t.secret()));
    }

    @DeleteMapping("/{id}/tokens/{tokenId}")
    @Operation(summary = "Revoke one of your API tokens")
    ResponseEntity<Void> revokeToken(@PathVariable String id, @PathVariable String tokenId, Actor actor) {
        accounts.revokeToken(own(id, actor).id(), tokenId);
        return ResponseEntity.noContent().build();
    }

    // ---- who may ----

    private Account signedIn(Actor actor) {
        if (actor.account() == null) {
            throw new ForbiddenException("sign in to see your account");
        }
        return accounts.byId(actor.account()).orElseThrow(() -> new ForbiddenException("sign in to see your account"));
    }

    /** Tokens are personal: not even an admin sees another person's. */
    private Account own(String id, Actor actor) {
        Account me = signedIn(actor);
        if (!me.id().equals(id)) {
            throw new ForbiddenException("you may see and change only your own tokens");
        }
        return me;
    }

    private Account visible(String id, Actor actor) {
        Account me = signedIn(actor);
        if (me.id().equals(id)) {
            return me;
        }
        Account other = accounts.byId(id).orElse(null);
        Set<String> adminOf = AccountAdministration.adminOf(actor);
        if (other == null || other.grants().stream().noneMatch(g -> adminOf.contains(g.institution().value()))) {
            throw new ForbiddenException("you may see only your own account, or accounts at institutions where you are admin");
        }
        return other;
    }

    private static Grant grant(GrantBody body, String path) {
        String prefix = path.isEmpty() ? "" : path + ".";
        if (body.role() == null) {
            throw InvalidInputException.of(prefix + "role", "required: one of " + Role.codes());
        }
        Role role = Role.fromCode(body.role())
                .orElseThrow(() -> InvalidInputException.of(prefix + "role", "'" + body.role() + "' is not one of: " + Role.codes()));
        if (body.institution() == null || !InstitutionId.isValid(body.institution())) {
            throw InvalidInputException.of(prefix + "institution", "required: an institution id such as luh");
        }
        return new Grant(role, InstitutionId.of(body.institution()));
    }
}
