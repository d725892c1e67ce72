package org.microdegree.credentials.internal;

import lombok.RequiredArgsConstructor;
import org.microdegree.skills.EscoConcept;
import org.microdegree.skills.Skills;
import org.springframework.stereotype.Component;

/** An ESCO skill as a reader of a certificate expects it: by its preferred label, not its URI. */
@Component
@RequiredArgsConstructor
public class SkillLabels {

    private final Skills skills;

    /** The preferred label; the URI's last segment where the shipped ESCO lacks the skill. */
    public String of(String uri) {
        return skills.find(uri).map(EscoConcept::label).filter(label -> !label.isBlank()).orElse(uri.substring(uri.lastIndexOf('/') + 1));
    }
}
