package org.microdegree.credentials;

import lombok.RequiredArgsConstructor;
import org.microdegree.shared.CertificateId;
import org.microdegree.shared.LearnerId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.microdegree.credentials.internal.jdbc.CertificateStore;
import org.microdegree.credentials.model.Certificate;
import org.microdegree.credentials.model.CertificateContent;
import org.microdegree.learners.LearnerDirectory;
import org.microdegree.learners.Learners;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ConflictException;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.NotFoundException;
import org.microdegree.shared.Role;
import org.microdegree.shared.TextRules;
import org.microdegree.shared.Violation;
import org.springframework.stereotype.Service;
/**
 * Issued certificates: read (by the holder, her registrars, or anyone holding the public link),
 * paged for exports, and revoked with a reason. Awarding them is {@link AwardingCertificates}'.
 */
@Service
@RequiredArgsConstructor
public class Certificates {

    private final Learners learners;
    private final CertificateStore store;
    private final Clock clock;
    private final LearnerDirectory directory;
    private final AwardingCertificates awarding;

    public Certificate get(CertificateId id, Actor actor) {
        Certificate c = store.find(id).orElseThrow(() -> new NotFoundException("no certificate " + id));
        learners.get(c.learner(), actor); // the learner or a registrar of theirs; throws otherwise
        return c;
    }

    /** Public: whether a certificate exists and is valid, for the QR link. */
    public Optional<Certificate> lookup(CertificateId id) {
        return store.find(id);
    }

    public List<Certificate> ofLearner(LearnerId learnerId, Actor actor) {
        learners.get(learnerId, actor);
        return store.ofLearner(learnerId);
    }

    /** The signed-in learner's own certificates: none while no learner record is linked to the account. */
    public List<Certificate> own(Actor actor) {
        return learners.own(actor).map(l -> ofLearner(l.id(), actor)).orElse(List.of());
    }

    /** Every certificate the actor may see: an operator all, a registrar those of their institutions. */
    public List<Certificate> all(Actor actor) {
        List<Certificate> out = new ArrayList<>();
        store.forEach(null, c -> {
            if (actor.operator() || actor.has(Role.REGISTRAR, c.institution())) {
                out.add(c);
            }
        });
        return out;
    }

    /** How many certificates the desk lists at once (the newest). */
    public static final int RECENT = 100;

    /**
     * The newest certificates of the registrar's institutions: all, or those of one learner (her id
     * or student number at one of them) or the one certificate {@code query} names; only valid or
     * only revoked ones when {@code revoked} says so.
     */
    public List<Certificate> recent(@Nullable String query, @Nullable Boolean revoked, Actor actor) {
        List<String> at = actor.grants().stream().filter(g -> actor.has(Role.REGISTRAR, g.institution())).map(g -> g.institution().value())
                .distinct().toList();
        String q = query == null || query.isBlank() ? null : query.strip();
        if (q != null) {
            // a student number: whose it is at one of her institutions, if anyone's; else an id
            String typed = q;
            q = at.stream().map(i -> directory.byStudentNumber(InstitutionId.of(i), typed))
                    .flatMap(Optional::stream).map(LearnerId::value).findFirst().orElse(typed);
        }
        return store.recent(at, q, revoked, RECENT);
    }

    /**
     * A page of the certificates the actor may see, in order of their ids, after {@code afterId}
     * ("" for the first): an operator all (or one institution's), a registrar her institutions'.
     */
    public List<Certificate> page(@Nullable String institution, String afterId, int limit, Actor actor) {
        if (institution != null && !actor.operator() && !actor.has(Role.REGISTRAR, institution)) {
            throw new ForbiddenException("only a registrar of " + institution + " exports its certificates");
        }
        List<Certificate> out = new ArrayList<>();
        String after = afterId;
        while (out.size() < limit) {
            List<Certificate> some = store.page(institution, after, limit);
            for (Certificate c : some) {
                if (actor.operator() || actor.has(Role.REGISTRAR, c.institution())) {
                    out.add(c);
                }
            }
            if (some.size() < limit) {
                break;
            }
            after = some.getLast().id().value();
        }
        return out.size() > limit ? out.subList(0, limit) : out;
    }

    /** How many certificates {@link #page} goes through for the actor. */
    public long count(@Nullable String institution, Actor actor) {
        if (institution != null || actor.operator()) {
            return actor.operator() || actor.has(Role.REGISTRAR, institution) ? store.count(institution) : 0;
        }
        return actor.grants().stream().filter(g -> g.role() == Role.REGISTRAR).map(g -> g.institution().value()).distinct()
                .mapToLong(store::count).sum();
    }

    public Certificate revoke(CertificateId id, String reason, Actor actor) {
        checkRevocation(id, reason, actor);
        if (!store.revoke(id, reason.strip(), actor.name(), clock.instant())) {
            throw new ConflictException("certificate " + id + " is revoked already");
        }
        Certificate revoked = store.find(id).orElseThrow();
        directory.notify(revoked.learner(), "certificate-revoked", Map.of("item", revoked.item(), "detail", reason.strip()));
        return revoked;
    }

    /**
     * Whether the actor may revoke this certificate for this reason, nothing written: throws as
     * {@link #revoke} would (bad reason, no such certificate, not hers to revoke, revoked already).
     */
    public void checkRevocation(CertificateId id, String reason, Actor actor) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(List.of(Violation.at("reason", "a revocation needs a reason")));
        }
        TextRules.require("reason", reason.strip(), TextRules.REASON);
        Certificate c = store.find(id).orElseThrow(() -> new NotFoundException("no certificate " + id));
        if (!actor.operator() && !actor.has(Role.REGISTRAR, c.institution())) {
            throw new ForbiddenException("only a registrar of " + c.institution() + " revokes its certificates");
        }
        if (c.revoked()) {
            throw new ConflictException("certificate " + id + " is revoked already");
        }
    }

    /** The content a stored certificate was made from, re-read for the PDF and ELM forms. */
    public CertificateContent content(Certificate c) {
        return awarding.contentOf(c);
    }

}
