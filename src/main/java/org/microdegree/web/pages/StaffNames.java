package org.microdegree.web.pages;

import lombok.RequiredArgsConstructor;
import org.microdegree.accounts.Account;
import org.microdegree.accounts.Accounts;
import org.springframework.stereotype.Component;

/** The name of the person a journal records by e-mail address; the address itself where no account has it (the operator, a job). */
@Component
@RequiredArgsConstructor
class StaffNames {

    private final Accounts accounts;

    String of(String recorded) {
        return recorded.contains("@") ? accounts.byEmail(recorded).map(Account::name).filter(n -> !n.isBlank()).orElse(recorded) : recorded;
    }
}
