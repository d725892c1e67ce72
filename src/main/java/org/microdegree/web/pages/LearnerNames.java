package org.microdegree.web.pages;

import lombok.RequiredArgsConstructor;
import org.microdegree.learners.Learners;
import org.microdegree.shared.LearnerId;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A learner's name as staff pages show it; an erased learner's is a short anonymous number that tells records apart. */
@Component
@RequiredArgsConstructor
class LearnerNames {

    private final Learners learners;
    private final MessageSource messages;

    String of(LearnerId learnerId) {
        return learners.find(learnerId).map(l -> l.name() == null ? erased(l.id()) : l.name()).orElse("?");
    }

    private String erased(LearnerId learnerId) {
        String id = learnerId.value();
        return messages.getMessage("learner.erasedName", new Object[]{id.substring(Math.max(0, id.length() - 8))}, LocaleContextHolder.getLocale());
    }
}
