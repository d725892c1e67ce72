package org.microdegree.design.building;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.model.MicroCredential;
import org.microdegree.catalog.model.Module;

/** A field or topic as the designer names it: subject slugs and ESCO skill URIs; a unit matches by either. */
public record Topic(@Nullable List<String> subjects, @Nullable List<String> skills) {

    public List<String> subjectList() {
        return subjects == null ? List.of() : subjects;
    }

    public List<String> skillList() {
        return skills == null ? List.of() : skills;
    }

    public boolean isEmpty() {
        return subjectList().isEmpty() && skillList().isEmpty();
    }

    /** How many of the topic's subjects and skills the module teaches; 0 when it is off topic. */
    public int score(Module m) {
        return (int) (subjectList().stream().filter(m.subjects()::contains).count() + skillList().stream().filter(m.skills()::contains).count());
    }

    /** The same for a micro-credential, through its modules' subjects and its own skills. */
    public int score(MicroCredential mc, Offer offer) {
        Set<String> subjectsTaught = offer.subjectsOf(mc);
        return (int) (subjectList().stream().filter(subjectsTaught::contains).count() + skillList().stream().filter(mc.skills()::contains).count());
    }
}
