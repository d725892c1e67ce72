package org.microdegree.catalog;

import java.time.Clock;
import org.microdegree.catalog.internal.jdbc.CatalogueStore;
import org.microdegree.catalog.internal.jdbc.ReviewRuleStore;
import org.microdegree.catalog.model.CatalogueItem;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.NotFoundException;
import org.microdegree.shared.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * How an institution reviews its catalogue. The four-eyes rule: the person who submitted a version
 * for review does not approve it; another member of quality assurance does. On by default (the
 * demo, with one person per role, turns it off); each institution's admin may switch it.
 */
@Service
public class ReviewRules {

    private final ReviewRuleStore rules;
    private final CatalogueStore catalogue;
    private final Catalogue institutions;
    private final Clock clock;
    private final boolean fourEyesByDefault;

    ReviewRules(ReviewRuleStore rules, CatalogueStore catalogue, Catalogue institutions, Clock clock,
            @Value("${microdegree.review.four-eyes:true}") boolean fourEyesByDefault) {
        this.rules = rules;
        this.catalogue = catalogue;
        this.institutions = institutions;
        this.clock = clock;
        this.fourEyesByDefault = fourEyesByDefault;
    }

    /** Whether the institution's four-eyes rule is on. */
    public boolean fourEyes(InstitutionId institution) {
        return rules.fourEyes(institution.value()).orElse(fourEyesByDefault);
    }

    /** Switches the institution's four-eyes rule (its admin). */
    public void setFourEyes(InstitutionId institution, boolean on, Actor actor) {
        if (institutions.institution(institution.value()).isEmpty()) {
            throw new NotFoundException("institution '" + institution + "' does not exist");
        }
        if (actor.readOnly() || !actor.operator() && actor.grants().stream().noneMatch(g -> g.role() == Role.ADMIN && g.institution().equals(institution))) {
            throw new ForbiddenException("only an admin of " + institution + " sets its review rules");
        }
        rules.setFourEyes(institution.value(), on, actor.name(), clock.instant());
    }

    /** Refuses the approval when the approver submitted this version herself and her institution keeps four eyes. */
    void requireSecondPerson(CatalogueItem item, Actor actor) {
        if (actor.account() == null || !fourEyes(InstitutionId.of(item.id().institution()))) {
            return;
        }
        if (catalogue.submittedBy(item.kind(), item.id(), item.version()).filter(actor.account()::equals).isPresent()) {
            throw InvalidInputException.of("action", "four-eyes rule of " + item.id().institution() + ": you submitted version " + item.version()
                    + " of " + item.id() + " yourself; another member of quality assurance approves it");
        }
    }
}
