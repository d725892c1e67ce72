package org.microdegree.design.building;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.Violation;

/** Checks shared by the builders' inputs. */
final class Inputs {

    private Inputs() {
    }

    static DraftSettings settings(@Nullable DraftSettings settings) {
        if (settings == null) {
            throw InvalidInputException.of("programme", "the programme to build is required (id, title, labourMarketRationale, ...)");
        }
        return settings;
    }

    static void requireModules(Offer offer, @Nullable List<ItemId> ids, String path, List<Violation> problems) {
        if (ids == null) {
            return;
        }
        for (int i = 0; i < ids.size(); i++) {
            if (offer.module(ids.get(i)).isEmpty()) {
                problems.add(Violation.at(path + "[" + i + "]", "no published module '" + ids.get(i) + "'"));
            }
        }
    }
}
