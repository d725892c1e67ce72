package org.microdegree.policy;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.microdegree.policy.internal.ProfileFormat;
import org.microdegree.policy.internal.jdbc.ProfileStore;
import org.microdegree.policy.model.Rule;
import org.microdegree.policy.model.RuleProfile;
import org.microdegree.shared.ConflictException;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.NotFoundException;
import org.microdegree.shared.Text;
import org.microdegree.shared.TextRules;
import org.microdegree.shared.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The policy module's API: the shipped rule profiles, institutions' own profiles (copies with
 * changed parameters, versioned and journaled) and which profiles each institution adopts.
 * Callers check that the institutions they name exist; this module does not know institutions.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Profiles {

    /** The profiles shipped in the jar, in the order they are listed. */
    public static final List<String> SHIPPED = List.of("luh-2023", "luh-2025", "eu-2022");

    private static final Map<String, RuleProfile> SHIPPED_PROFILES = loadShipped();

    private final ProfileStore store;
    private final TransactionTemplate tx;

    /** The shipped profiles, read once from the jar; pure, usable without a database (tests, tools). */
    public static Map<String, RuleProfile> shipped() {
        return SHIPPED_PROFILES;
    }

    private static Map<String, RuleProfile> loadShipped() {
        Map<String, RuleProfile> out = new LinkedHashMap<>();
        for (String id : SHIPPED) {
            String resource = "/policy/" + id + ".yaml";
            try (InputStream in = Profiles.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing shipped profile " + resource);
                }
                out.put(id, ProfileFormat.readYaml(resource, in.readAllBytes()));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + resource, e);
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** Every profile: the shipped ones, then institutions' profiles (newest versions) by id. */
    public List<RuleProfile> all() {
        List<RuleProfile> out = new ArrayList<>(SHIPPED_PROFILES.values());
        store.latestDocuments().forEach(d -> out.add(ProfileFormat.readJson(d)));
        return out;
    }

    /** The newest version of a profile, or the given one. */
    public Optional<RuleProfile> find(String id, @Nullable Integer version) {
        RuleProfile shipped = SHIPPED_PROFILES.get(id);
        if (shipped != null) {
            return version == null || version == shipped.version() ? Optional.of(shipped) : Optional.empty();
        }
        return store.document(id, version).map(ProfileFormat::readJson);
    }

    public RuleProfile get(String id) {
        return find(id, null).orElseThrow(() -> new NotFoundException("rule profile '" + id + "' does not exist"));
    }

    /** The newest versions of the named profiles; unknown ids are bad input, all named at once. */
    public List<RuleProfile> resolve(List<String> ids) {
        List<RuleProfile> out = new ArrayList<>();
        List<Violation> unknown = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Optional<RuleProfile> p = find(ids.get(i), null);
            if (p.isPresent()) {
                if (!out.contains(p.get())) {
                    out.add(p.get());
                }
            } else {
                unknown.add(Violation.at("profiles[" + i + "]", "unknown rule profile '" + ids.get(i) + "'; known profiles: "
                        + String.join(", ", all().stream().map(RuleProfile::id).toList())));
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown);
        }
        return out;
    }

    /**
     * An institution's own profile, copied from {@code source} with some rules changed. Its id
     * must be new; it starts at version 1.
     */
    public RuleProfile copy(String source, String id, String owner, @Nullable Text title, Map<String, RuleChange> changes, String actor) {
        checkTexts(title, changes);
        return tx.execute(s -> {
            if (!RuleProfile.ID.matcher(id).matches()) {
                throw InvalidInputException.of("id", "a profile id has 3 to 40 lower-case letters, digits and hyphens, e.g. luh-2023-ai-academy");
            }
            if (SHIPPED_PROFILES.containsKey(id) || store.maxVersion(id) > 0) {
                throw new ConflictException("rule profile '" + id + "' exists already; choose another id or change that profile");
            }
            RuleProfile from = find(source, null).orElseThrow(() -> InvalidInputException.of("copyOf", "unknown rule profile '" + source + "'"));
            RuleProfile copy = new RuleProfile(id, 1, title != null
                    ? title
                    : from.title().map((language, text) -> text + " (" + owner + ")"),
                    from.description(), owner, from.reference(), apply(from.rules(), changes));
            store.insert(id, 1, owner, from.reference(), ProfileFormat.writeJson(copy), actor);
            store.journal(id, owner, 1, "created", actor, "copied from " + from.reference() + describe(changes));
            return copy;
        });
    }

    /** A new version of an institution's profile with some rules changed; shipped profiles are not changed. */
    public RuleProfile change(String id, @Nullable Text title, Map<String, RuleChange> changes, String actor) {
        checkTexts(title, changes);
        return tx.execute(s -> {
            if (SHIPPED_PROFILES.containsKey(id)) {
                throw new ConflictException("the shipped profile '" + id + "' is not changed; copy it and change the copy");
            }
            RuleProfile current = get(id);
            RuleProfile next = new RuleProfile(id, current.version() + 1, title != null ? title : current.title(), current.description(),
                    current.owner(), current.basedOn(), apply(current.rules(), changes));
            store.insert(id, next.version(), next.owner(), next.basedOn(), ProfileFormat.writeJson(next), actor);
            store.journal(id, next.owner(), next.version(), "changed", actor, "version " + next.version() + describe(changes));
            return next;
        });
    }

    /** The title and every text parameter value, before the store sees them: no control characters, nothing overlong. */
    private static void checkTexts(@Nullable Text title, Map<String, RuleChange> changes) {
        List<Violation> problems = new ArrayList<>();
        if (title != null) {
            title.versions().forEach((language, text) -> TextRules.check(problems, "title." + language, text, TextRules.TITLE));
        }
        changes.forEach((rule, change) -> change.parameters().forEach((name, value) -> {
            if (value instanceof String text) {
                TextRules.check(problems, "rules." + rule + "." + name, text, 500);
            }
        }));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** A profile as a document: the form it is stored in and the API shows. */
    public static Map<String, Object> document(RuleProfile profile) {
        return ProfileFormat.toMap(profile);
    }

    /** The profiles an institution checks its designs against, in its order. */
    public List<String> adoptedBy(String institution) {
        return store.adoptedBy(institution);
    }

    public List<String> adopt(String institution, List<String> profiles, String actor) {
        return tx.execute(s -> {
            List<String> ids = resolve(profiles).stream().map(RuleProfile::id).toList();
            store.replaceAdoption(institution, ids);
            store.journal(null, institution, null, "adopted", actor, ids.isEmpty() ? "none" : String.join(", ", ids));
            return ids;
        });
    }

    public List<ProfileJournalEntry> journal(String profile) {
        get(profile);
        return store.journalOfProfile(profile);
    }

    public List<ProfileJournalEntry> adoptionJournal(String institution) {
        return store.journalOfInstitution(institution);
    }

    private static List<Rule> apply(List<Rule> rules, Map<String, RuleChange> changes) {
        List<Violation> problems = new ArrayList<>();
        for (String name : changes.keySet()) {
            if (rules.stream().noneMatch(r -> r.name().equals(name))) {
                problems.add(Violation.at("rules." + name, "the profile has no rule '" + name + "'; its rules are "
                        + String.join(", ", rules.stream().map(Rule::name).toList())));
            }
        }
        List<Rule> out = new ArrayList<>();
        for (Rule r : rules) {
            RuleChange c = changes.get(r.name());
            if (c == null) {
                out.add(r);
                continue;
            }
            if (c.remove()) {
                continue;
            }
            Map<String, Object> params = new LinkedHashMap<>(r.writtenParameters());
            c.parameters().forEach((k, v) -> {
                if (v == null) {
                    params.remove(k);
                } else {
                    params.put(k, v);
                }
            });
            Map<String, String> wrong = Rule.parameterProblems(r.check(), params);
            if (wrong.isEmpty()) {
                out.add(Rule.of(r.name(), r.check(), c.severity() != null ? c.severity() : r.severity(), params, r.source()));
            } else {
                wrong.forEach((param, reason) -> problems.add(Violation.at("rules." + r.name() + ".parameters." + param, reason)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (out.isEmpty()) {
            throw InvalidInputException.of("rules", "a profile keeps at least one rule");
        }
        return out;
    }

    private static String describe(Map<String, RuleChange> changes) {
        if (changes.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        changes.forEach((name, c) -> {
            if (c.remove()) {
                parts.add("removed " + name);
            } else {
                c.parameters().forEach((k, v) -> parts.add(name + "." + k + " = " + v));
                if (c.severity() != null) {
                    parts.add(name + " severity " + c.severity().code());
                }
            }
        });
        return "; " + String.join(", ", parts);
    }
}
