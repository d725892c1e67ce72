package org.microdegree.credentials;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import lombok.RequiredArgsConstructor;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.model.CatalogueItem;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.credentials.internal.jdbc.CertificateStore;
import org.microdegree.shared.Actor;
import org.microdegree.shared.Coded;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.LearnerId;
import org.microdegree.shared.Role;
import org.microdegree.shared.Text;
import org.springframework.stereotype.Service;

/**
 * The registrar's confirmation of awards: certificates of a credential in confirmation mode are
 * not issued when the audit finds it met, but wait here until a registrar of the institution
 * that offers it confirms them, one or many at once.
 */
@Service
@RequiredArgsConstructor
public class ConfirmingAwards {

    /** How many waiting awards the desk lists at once (the oldest). */
    public static final int SHOWN = 500;

    private final CertificateStore store;
    private final Catalogue catalogue;
    private final AwardingCertificates awarding;

    /** An award waiting for confirmation; {@code key} names it in a confirmation. */
    public record Waiting(String key, LearnerId learner, ItemKind kind, ItemId credential, int version, Text title, LocalDate metOn) {}

    /** What confirming came to: issued, issued before, and awards that could not be issued, each with the reason. */
    public record Outcome(int issued, int issuedBefore, List<String> problems) {}

    /** The awards of the registrar's institutions that wait for her confirmation, oldest first. */
    public List<Waiting> waiting(Actor actor) {
        return store.awaitingConfirmation(institutions(actor), SHOWN).stream().map(this::waiting).toList();
    }

    private Waiting waiting(CertificateStore.Met m) {
        ItemKind kind = Coded.fromCode(ItemKind.class, m.itemKind()).orElseThrow();
        Text title = catalogue.<CatalogueItem>find(kind, ItemId.of(m.item()), m.version(), Catalogue.ALL)
                .map(CatalogueItem::title).orElse(Text.en(m.item()));
        return new Waiting(String.join("|", m.learner().value(), m.itemKind(), m.item(), Integer.toString(m.version())), m.learner(), kind,
                ItemId.of(m.item()), m.version(), title, m.on());
    }

    /**
     * Issues the awards the keys name, each on the day it was met. A key that names no waiting award
     * of hers (confirmed meanwhile, or never hers) is reported, not an error for the others.
     */
    public Outcome confirm(Collection<String> keys, Actor actor) {
        List<Waiting> open = waiting(actor);
        int issued = 0;
        int before = 0;
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(keys)) {
            Waiting w = open.stream().filter(o -> o.key().equals(key)).findFirst().orElse(null);
            if (w == null) {
                before++;
                continue;
            }
            var award = awarding.award(w.learner(), w.kind(), w.credential(), w.version(), w.metOn(), actor);
            switch (award.result()) {
                case ISSUED -> issued++;
                case ALREADY_ISSUED -> before++;
                case AWAITING_APPROVAL -> problems.add(w.credential() + ": waits for the approval of " + String.join(", ", award.approvalsMissing()));
                case AWAITING_CONFIRMATION -> problems.add(w.credential() + ": still waits for confirmation");
            }
        }
        return new Outcome(issued, before, problems);
    }

    private static Set<String> institutions(Actor actor) {
        Set<String> out = new TreeSet<>();
        // an admin is a registrar of her institution too
        actor.grants().stream().filter(g -> actor.has(Role.REGISTRAR, g.institution())).forEach(g -> out.add(g.institution().value()));
        if (out.isEmpty() && !actor.operator()) {
            throw new ForbiddenException("confirming awards is for registrars");
        }
        return out;
    }
}
