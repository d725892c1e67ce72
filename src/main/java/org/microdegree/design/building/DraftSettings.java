package org.microdegree.design.building;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.model.Mode;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.Text;
import org.microdegree.shared.Violation;

/**
 * What the designer says about the programme to be built, the same for every pattern: its id and
 * title, why the labour market needs it, and who runs it. Micro-credentials the builder makes
 * from modules take the contact and quality assurance from here.
 *
 * @param id the programme's id; the institution before the colon owns the draft
 */
public record DraftSettings(@Nullable ItemId id, @Nullable Text title, @Nullable Text labourMarketRationale,
        @Nullable List<String> targetGroups, @Nullable List<String> ruleProfiles, @Nullable ItemId unit,
        @Nullable String counsellingContact, @Nullable String qualityAssurance, @Nullable List<String> languages,
        @Nullable Mode mode, @Nullable String iscedField, @Nullable String platform) {

    public static final List<String> DEFAULT_PROFILES = List.of("luh-2023", "eu-2022");

    public String institution() {
        return id == null ? "" : id.institution();
    }

    public List<String> profiles() {
        return ruleProfiles == null || ruleProfiles.isEmpty() ? DEFAULT_PROFILES : ruleProfiles;
    }

    public List<String> groups() {
        return targetGroups == null ? List.of() : targetGroups;
    }

    public List<String> languageList() {
        return languages == null || languages.isEmpty() ? List.of("en") : languages;
    }

    public Mode modeOrDefault() {
        return mode == null ? Mode.BLENDED : mode;
    }

    /** The fields every draft needs, as problems of the input under {@code path}. */
    public List<Violation> problems(String path, Offer offer) {
        List<Violation> out = new ArrayList<>();
        if (id == null) {
            out.add(Violation.at(path + ".id", "the programme's id is required, e.g. luh:md-ai-essentials"));
        } else {
            offer.requireInstitution(id.institution(), path + ".id", out);
        }
        if (title == null) {
            out.add(Violation.at(path + ".title", "a title is required (en, optionally de)"));
        }
        if (labourMarketRationale == null) {
            out.add(Violation.at(path + ".labourMarketRationale", "say why the labour market needs exactly this composition"));
        }
        if (counsellingContact == null || counsellingContact.isBlank()) {
            out.add(Violation.at(path + ".counsellingContact", "who counsels and accompanies the learners (an e-mail or a service)"));
        }
        if (qualityAssurance == null || qualityAssurance.isBlank()) {
            out.add(Violation.at(path + ".qualityAssurance", "the type of quality assurance that underpins the programme"));
        }
        return out;
    }
}
