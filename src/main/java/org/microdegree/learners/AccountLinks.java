package org.microdegree.learners;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.microdegree.shared.LearnerId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.microdegree.accounts.Account;
import org.microdegree.accounts.Accounts;
import org.microdegree.accounts.LearnerRoleGranted;
import org.microdegree.accounts.OneTimeLinkMail;
import org.microdegree.shared.Secrets;
import org.microdegree.learners.internal.jdbc.LearnerStore;
import org.microdegree.learners.model.Learner;
import org.microdegree.learners.rules.LearnerAccess;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ConflictException;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Linking a learner record to the account of the person it is about: when an institution grants
 * her the learner role, when its registrar links it, or when she proves her e-mail address with a
 * one-time link. Each link is journaled; a record is linked to one account at most and the other
 * way round.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AccountLinks {

    private final LearnerStore store;
    private final Accounts accounts;
    private final TransactionTemplate tx;
    private final OneTimeLinkMail claimMail;
    private final Clock clock;

    /**
     * An institution granted the learner role to an account (its admin, or its single sign-on):
     * the institution's own unlinked record for that e-mail address is the person's.
     */
    @org.springframework.context.event.EventListener
    void linkOnRoleGranted(LearnerRoleGranted granted) {
        if (store.byAccount(granted.account()).isPresent()) {
            return;
        }
        List<Learner> records = store.unlinkedByEmailAt(granted.email(), granted.institution());
        if (records.size() == 1) {
            link(records.get(0).id(), granted.account(), "the learner role was granted by " + granted.institution());
        }
    }

    private void link(LearnerId learnerId, String accountId, String why) {
        store.linkAccount(learnerId, accountId);
        store.journal(learnerId, "learner:" + learnerId, clock.instant(), "system", "linked to account", why);
    }

    /** Links new records of {@code institution} to accounts that hold the learner role there with the same e-mail address. */
    void linkToLearnerAccounts(InstitutionId institution, List<Learner> made) {
        Map<String, String> byEmail = accounts.learnerAccountsAt(institution,
                made.stream().map(Learner::email).filter(Objects::nonNull).toList());
        for (Learner l : made) {
            String account = l.email() == null ? null : byEmail.get(l.email().strip().toLowerCase(Locale.ROOT));
            if (account != null && store.byAccount(account).isEmpty()) {
                link(l.id(), account, "the record was made by the registrar of " + institution);
            }
        }
    }

    /**
     * A registrar of an institution that holds the record links it to the account with this e-mail
     * address: the institution vouches that the account's holder is its learner.
     */
    public Learner linkByRegistrar(LearnerId learnerId, String email, Actor actor) {
        Learner l = store.learner(learnerId).orElseThrow(() -> new NotFoundException("no learner " + learnerId));
        if (actor.readOnly() || !LearnerAccess.registrarOfAny(actor, store.affiliations(learnerId))) {
            throw new NotFoundException("no learner " + learnerId);
        }
        Account account = accounts.byEmail(email == null ? "" : email.strip())
                .orElseThrow(() -> InvalidInputException.of("email", "no account has this e-mail address"));
        return tx.execute(s -> {
            if (l.accountId() != null) {
                throw new ConflictException(l.accountId().equals(account.id())
                        ? "the record is linked to this account already"
                        : "the record is linked to another account");
            }
            if (store.byAccount(account.id()).isPresent()) {
                throw new ConflictException("the account is linked to another learner record");
            }
            store.linkAccount(learnerId, account.id());
            store.journal(learnerId, "learner:" + learnerId, clock.instant(), actor.name(), "linked to account", "by the registrar");
            return store.learner(learnerId).orElseThrow();
        });
    }

    /** Whether a person can prove an e-mail address here: mail is configured, or the demo shows the link. */
    public boolean claimsPossible() {
        return claimMail.canSend();
    }

    /** A one-time link that proves an e-mail address, as sent (the link is shown only in demo mode). */
    public record Claim(String email, int records, boolean mailed, @Nullable String demoLink) {}

    /**
     * The person asks for the records made for their account's e-mail address: a one-time link,
     * valid for a day, goes to that address; following it while signed in links them.
     */
    public Claim requestClaim(Actor actor) {
        if (actor.account() == null || actor.readOnly()) {
            throw new ForbiddenException("sign in to claim your records");
        }
        if (store.byAccount(actor.account()).isPresent()) {
            throw new ConflictException("a learner record is linked to your account already");
        }
        Account account = accounts.byId(actor.account()).orElseThrow(() -> new ForbiddenException("sign in to claim your records"));
        List<Learner> records = store.unlinkedByEmailAnywhere(account.email());
        if (records.size() != 1) {
            throw new NotFoundException(records.isEmpty()
                    ? "no learner record waits for your e-mail address; ask your registrar"
                    : "several learner records have your e-mail address; ask your registrar to link the right one");
        }
        if (!claimMail.canSend()) {
            throw new ConflictException("this installation sends no e-mail; ask your registrar to link your learner record");
        }
        String secret = Secrets.random();
        Instant now = clock.instant();
        tx.executeWithoutResult(s -> {
            store.insertClaim(Secrets.sha256Hex(secret), records.get(0).id(), account.id(), now,
                    now.plus(Duration.ofDays(1)));
            store.journal(records.get(0).id(), "learner:" + records.get(0).id(), now, actor.name(), "e-mail confirmation sent", null);
        });
        OneTimeLinkMail.Sent sent = claimMail.send(account.email(), "/me/claim/" + secret, "e-mail confirmation link",
                "Confirm your e-mail address / Bestätigen Sie Ihre E-Mail-Adresse",
                link -> "To link your learner record to your account, open this link while signed in (valid for 24 hours):\n" + link
                        + "\n\nUm Ihren Datensatz mit Ihrem Konto zu verbinden, öffnen Sie diesen Link angemeldet (24 Stunden gültig).\n");
        return new Claim(account.email(), 1, sent.mailed(), sent.mailed() ? null : sent.link());
    }

    /** Follows the one-time link: the record is linked to the signed-in account that asked for it. */
    public Learner confirmClaim(String secret, Actor actor) {
        if (actor.account() == null || actor.readOnly()) {
            throw new ForbiddenException("sign in with the account that asked for the link");
        }
        Instant now = clock.instant();
        return tx.execute(s -> {
            if (store.byAccount(actor.account()).isPresent()) {
                throw new ConflictException("a learner record is linked to your account already");
            }
            LearnerId learner = store.useClaim(Secrets.sha256Hex(secret), actor.account(), now)
                    .orElseThrow(() -> new NotFoundException("this link is unknown, used, expired, or was sent for another account"));
            Learner l = store.learner(learner).orElseThrow();
            if (l.accountId() != null || l.erasedAt() != null) {
                throw new ConflictException("this learner record is no longer available to link");
            }
            link(learner, actor.account(), "the e-mail address was confirmed");
            return store.learner(learner).orElseThrow();
        });
    }
}
