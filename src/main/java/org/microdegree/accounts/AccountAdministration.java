package org.microdegree.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.microdegree.accounts.internal.jdbc.InvitationStore;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.Grant;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.NotFoundException;
import org.microdegree.shared.Role;
import org.microdegree.shared.Secrets;
import org.microdegree.shared.Violation;
import org.springframework.stereotype.Service;

/**
 * An institution's admin manages the people who work there: she sees the accounts holding a role at
 * her institutions, invites a person by e-mail (a one-time link to set a password), grants and
 * revokes roles there, and disables or enables an account. Every check of who may is here, for the
 * API and the pages alike.
 */
@Service
public class AccountAdministration {

    /** How long an invitation's link works. */
    public static final Duration INVITATION_VALIDITY = Duration.ofDays(7);

    private final Accounts accounts;
    private final InvitationStore invitations;
    private final OneTimeLinkMail mail;
    private final Clock clock;

    AccountAdministration(Accounts accounts, InvitationStore invitations, OneTimeLinkMail mail, Clock clock) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.mail = mail;
        this.clock = clock;
    }

    /** An invited person's account, and the link (e-mailed when {@code mailed}; else the admin passes it on). */
    public record Invitation(Account account, String link, boolean mailed) {}

    /** The institutions where the actor is admin. */
    public static Set<String> adminOf(Actor actor) {
        Set<String> s = new LinkedHashSet<>();
        actor.grants().stream().filter(g -> g.role() == Role.ADMIN).forEach(g -> s.add(g.institution().value()));
        return s;
    }

    /** The accounts holding a role at an institution where the actor is admin (all for the operator). */
    public List<Account> accounts(Actor actor) {
        Set<String> adminOf = adminOf(actor);
        if (!actor.operator() && adminOf.isEmpty()) {
            throw new ForbiddenException("listing accounts needs the role admin at an institution");
        }
        return actor.operator() ? accounts.list() : accounts.atInstitutions(adminOf);
    }

    /** Creates the account (no password yet) with the role, and a one-time link with which its person sets her password. */
    public Invitation invite(String email, String name, Grant grant, Actor actor) {
        requireAdmin(actor, grant.institution());
        Account account = accounts.create(email, name, null, Set.of(grant));
        String secret = Secrets.random();
        Instant now = clock.instant();
        invitations.insert(Secrets.sha256Hex(secret), account.id(), actor.name(), now, now.plus(INVITATION_VALIDITY));
        OneTimeLinkMail.Sent sent = sendInvitation(account, secret, grant.institution().value());
        return new Invitation(account, sent.link(), sent.mailed());
    }

    /**
     * A person who forgot her password gets a new one-time link to set one (7 days, once), e-mailed
     * or, without a mail server, given to the admin to pass on. Her old password stops working now.
     */
    public Invitation resetPassword(String accountId, Actor actor) {
        Account account = existing(accountId);
        Set<String> adminOf = adminOf(actor);
        if (actor.readOnly() || !actor.operator() && account.grants().stream().noneMatch(g -> adminOf.contains(g.institution().value()))) {
            throw new ForbiddenException("resetting a password needs the role admin where its holder works");
        }
        // the old password no longer opens the account: a random one nobody knows replaces it
        accounts.resetPassword(account.email(), Secrets.random().toCharArray());
        String secret = Secrets.random();
        Instant now = clock.instant();
        invitations.insert(Secrets.sha256Hex(secret), account.id(), actor.name(), now, now.plus(INVITATION_VALIDITY));
        String institution = account.grants().stream().map(g -> g.institution().value()).filter(adminOf::contains).findFirst().orElse("microdegree");
        OneTimeLinkMail.Sent sent = sendInvitation(account, secret, institution);
        return new Invitation(account, sent.link(), sent.mailed());
    }

    private OneTimeLinkMail.Sent sendInvitation(Account account, String secret, String institution) {
        return mail.send(account.email(), "/invitation/" + secret, "invitation", "Your microdegree account at " + institution + " / Ihr microdegree-Konto",
                link -> "You have been given an account at " + institution + ". Set your password with this link (valid for 7 days, once):\n"
                        + link + "\n\nFür Sie wurde ein Konto bei " + institution + " angelegt. Legen Sie Ihr Passwort mit diesem Link fest "
                        + "(7 Tage gültig, einmal).\n");
    }

    /** Whether the link still works: for the page that asks for the password. */
    public boolean invitationOpen(String secret) {
        return invitations.open(Secrets.sha256Hex(secret), clock.instant()).isPresent();
    }

    /** The invited person sets her password; the link is used up. */
    public Account acceptInvitation(String secret, String password, String repeated) {
        String hash = Secrets.sha256Hex(secret);
        String accountId = invitations.open(hash, clock.instant())
                .orElseThrow(() -> new NotFoundException("this invitation has been used or has expired; ask your admin for a new one"));
        if (!password.equals(repeated)) {
            throw new InvalidInputException(List.of(Violation.at("repeated", "is not the same password")));
        }
        Account account = accounts.byId(accountId).orElseThrow(() -> new NotFoundException("the invited account no longer exists"));
        accounts.resetPassword(account.email(), password.toCharArray());
        invitations.use(hash, clock.instant());
        return account;
    }

    public Account grant(String accountId, Grant grant, Actor actor) {
        requireAdmin(actor, grant.institution());
        return accounts.grant(existing(accountId).email(), grant);
    }

    public Account revoke(String accountId, Grant grant, Actor actor) {
        requireAdmin(actor, grant.institution());
        Account account = existing(accountId);
        if (grant.role() == Role.ADMIN && account.id().equals(actor.account())) {
            throw new InvalidInputException(List.of(Violation.at("role", "you cannot revoke your own admin role; another admin can")));
        }
        return accounts.revoke(account.email(), grant);
    }

    /** Disables (or enables again) an account that holds roles only where the actor is admin. */
    public Account setEnabled(String accountId, boolean enabled, Actor actor) {
        Account account = existing(accountId);
        Set<String> adminOf = adminOf(actor);
        boolean allMine = account.grants().stream().allMatch(g -> adminOf.contains(g.institution().value()));
        if (actor.readOnly() || !actor.operator() && (!allMine || account.grants().isEmpty())) {
            throw new ForbiddenException("disabling an account needs the role admin at every institution where it holds a role");
        }
        if (!enabled && account.id().equals(actor.account())) {
            throw new InvalidInputException(List.of(Violation.at("enabled", "you cannot disable your own account")));
        }
        return accounts.setEnabled(account.email(), enabled);
    }

    /** An API token with whose it is, as the admin's list shows it. */
    public record PersonsToken(Account account, ApiToken token) {}

    /** The active API tokens of the people at her institutions, newest first: to revoke one that should no longer work. */
    public List<PersonsToken> tokens(Actor actor) {
        Instant now = clock.instant();
        return accounts(actor).stream().flatMap(a -> accounts.tokens(a.id()).stream().filter(t -> t.activeAt(now)).map(t -> new PersonsToken(a, t)))
                .sorted(Comparator.comparing((PersonsToken t) -> t.token().createdAt()).reversed()).toList();
    }

    /** Revokes a token of a person who holds a role at one of her institutions. */
    public void revokeToken(String accountId, String tokenId, Actor actor) {
        Account account = existing(accountId);
        Set<String> adminOf = adminOf(actor);
        if (actor.readOnly() || !actor.operator() && account.grants().stream().noneMatch(g -> adminOf.contains(g.institution().value()))) {
            throw new ForbiddenException("revoking a token needs the role admin where its holder works");
        }
        accounts.revokeToken(account.id(), tokenId);
    }

    private Account existing(String accountId) {
        return accounts.byId(accountId).orElseThrow(() -> new NotFoundException("account '" + accountId + "' does not exist"));
    }

    /** Managing roles at an institution needs its admin (a read-only token never). */
    public static void requireAdmin(Actor actor, InstitutionId institution) {
        if (actor.readOnly() || !(actor.operator() || actor.grants().contains(new Grant(Role.ADMIN, institution)))) {
            throw new ForbiddenException("managing roles at " + institution + " needs the role admin there");
        }
    }
}
