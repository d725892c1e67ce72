package org.microdegree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.engine.SourceOfRandomness;
import org.junit.jupiter.api.Test;
import org.microdegree.accounts.TokenScope;
import org.microdegree.catalog.BundleSyntax;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.CatalogueImports;
import org.microdegree.credentials.Verification;
import org.microdegree.results.Achievements;
import org.microdegree.admissions.EnrollingLearners;
import org.microdegree.learners.Learners;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ConflictException;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.Grant;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.NotFoundException;
import org.microdegree.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Bad input, mutated from good files by jqwik generators: the bundle reader, the four CSV readers
 * and the verify body. Each must answer with a clear error (ours, naming the place) or succeed;
 * never with an exception of a library or the database, never a 500 or a stack trace, and a
 * refused import writes nothing. The counts are printed for the CI log.
 */
class BadInputFuzzIT extends DatabaseIT {

    static final int TRIES = 2_000;

    @Autowired Catalogue catalogue;
    @Autowired CatalogueImports catalogueImports;
    @Autowired Learners learners;
    @Autowired EnrollingLearners enrollingLearners;
    @Autowired Achievements achievements;
    @Autowired Verification verification;
    @Autowired MockMvc mvc;

    static final String BUNDLE = """
            format: microdegree-catalogue
            formatVersion: 1
            institutions:
              - id: fz
                name: {en: Fuzz University, de: Fuzz-Universität}
                country: DE
                kind: university
            modules:
              - id: fz:mb-one
                title: {en: One, de: Eins}
                creditPoints: 5
                eqfLevel: 7
                learningOutcomes: [{en: "Explain one thing."}]
            microCredentials:
              - id: fz:mc-one
                title: {en: One}
                modules: [fz:mb-one]
                creditPoints: 5
                eqfLevel: 7
                assessment: project
                mode: online
                status: published
            microDegrees:
              - id: fz:md-one
                title: {en: One MD}
                creditPoints: 10
                eqfLevel: 7
                requirements: {allOf: [{microCredential: fz:mc-one}, {module: fz:mb-one}]}
                status: published
            """;
    static final String MODULES = """
            id;title_en;title_de;credit_points;eqf_level;languages;mode;assessment;learning_outcomes_en
            fz:mb-two;Two;Zwei;5;7;en|de;online;project;Explain two things.
            fz:mb-three;"Three; quoted";Drei;2.5;6;en;on-site;written-exam;Explain three things.
            """;
    static final String LEARNERS = """
            institution;student_number;name;email;status;birth_date
            fz;F-1;Fia Fuzz;fia@fz.example;student;2000-01-31
            fz;F-2;"Fynn; Fuzz";fynn@fz.example;alumnus;
            """;
    static final String ENROLMENTS = """
            institution;student_number;kind;item
            fz;F-1;micro-credential;fz:mc-one
            fz;F-2;micro-degree;fz:md-one
            """;
    static final String ACHIEVEMENTS = """
            institution;student_number;item;date;scale;grade;credit_points;assessment;supervised;identity_verified;reference
            fz;F-1;fz:mc-one;2025-03-01;de;1,7;5;project;true;true;FZ-1
            fz;F-2;fz:mc-one;2025-03-02;ects;B;5;project;false;true;FZ-2
            """;
    static final String CREDENTIAL = """
            {"@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiableCredential"],
             "issuer": "did:web:localhost%3A8080:institutions:fz", "validFrom": "2025-01-01T00:00:00Z",
             "credentialSubject": {"id": "did:example:fia", "name": "Fia"},
             "proof": {"type": "DataIntegrityProof", "cryptosuite": "eddsa-rdfc-2022", "proofValue": "z3abc"}}
            """;

    /** What may be put into a file: the characters and shapes that broke readers before. */
    static final List<String> TOKENS = List.of("\"", "'", ";", ",", "\n", "\r\n", "\u0000", "\t", "{", "}", "[", "]", ":", "- ", "&a ", "*a",
            "!!binary ", "|", "x".repeat(600), "y".repeat(5_000), "-1", "0", "1e309", "NaN", "99999999999999999999", "2025-02-30", "\uFFFD",
            "\uD83C\uDF93", "é", "luh:", "fz:nope", "null", "~", "[".repeat(2_000), "{\"a\":".repeat(2_000), "%PDF-", "\\u0000", "\"\"\"");

    record Mutation(int kind, double at, double length, String token) {}

    static Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Mutation> one = Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(0, 0.3), Arbitraries.of(TOKENS)).as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(4);
    }

    static byte[] mutate(String seed, List<Mutation> mutations, Random random) {
        StringBuilder s = new StringBuilder(seed);
        for (Mutation m : mutations) {
            int at = (int) (m.at() * s.length());
            int len = Math.min(s.length() - at, (int) (m.length() * s.length()));
            switch (m.kind()) {
                case 0 -> s.insert(at, m.token());
                case 1 -> s.delete(at, at + len);
                case 2 -> s.insert(at, s.substring(at, at + len));
                case 3 -> s.replace(at, at + Math.min(len, 8), m.token());
                default -> {
                    if (at < s.length()) {
                        s.setCharAt(at, (char) (32 + random.nextInt(95)));
                    }
                }
            }
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Runs {@link #TRIES} mutations of {@code seed} through {@code reader}; returns the count of refused inputs. */
    private int fuzz(String name, String seed, long randomSeed, Consumer<byte[]> reader) {
        // a fixed seed per reader, so that CI reruns the same inputs (another with -Dfuzz.seed=N)
        long fuzzSeed = Long.getLong("fuzz.seed", 0) + randomSeed;
        Random random = new Random(fuzzSeed);
        SourceOfRandomness.create(Long.toString(fuzzSeed));
        var samples = mutations().sampleStream().iterator();
        List<String> wrong = new ArrayList<>();
        int refused = 0;
        int accepted = 0;
        long started = System.nanoTime();
        for (int i = 0; i < TRIES; i++) {
            byte[] input = mutate(seed, samples.next(), random);
            String before = fingerprint();
            try {
                reader.accept(input);
                accepted++;
            } catch (InvalidInputException | ConflictException | NotFoundException | ForbiddenException | Verification.Unreadable e) {
                refused++;
                if (e.getMessage() == null || e.getMessage().contains("Exception") || e.getMessage().contains("\tat ")) {
                    wrong.add(name + " #" + i + ": the message names an exception: " + e.getMessage());
                }
                if (!before.equals(fingerprint())) {
                    wrong.add(name + " #" + i + ": refused, but something was written");
                }
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                if (wrong.isEmpty()) {
                    e.printStackTrace(System.out); // the first one whole, to find where it broke
                }
                wrong.add(name + " #" + i + ": " + e.getClass().getName() + ": " + String.valueOf(e.getMessage()).lines().findFirst().orElse("")
                        + "\n  input: " + new String(input, StandardCharsets.UTF_8).replace("\n", "\\n")
                                .substring(0, Math.min(300, new String(input, StandardCharsets.UTF_8).length())));
            }
        }
        System.out.printf("fuzz %-12s %d mutated inputs (seed %d): %d refused with a clear error, %d accepted, %d wrong (%d ms)%n", name,
                TRIES, fuzzSeed, refused, accepted, wrong.size(), (System.nanoTime() - started) / 1_000_000);
        assertThat(wrong).as(name).isEmpty();
        return refused;
    }

    /** Enough of the database to see whether a refused import wrote anything. */
    private String fingerprint() {
        return jdbc.queryForObject("select (select count(*) from catalog_item) || '/' || (select count(*) from catalog_journal) || '/'"
                + " || (select count(*) from learners_learner) || '/' || (select count(*) from learners_enrolment) || '/'"
                + " || (select count(*) from learners_achievement) || '/' || (select count(*) from learners_journal)", String.class);
    }

    @Test
    void theBundleReaderRefusesEveryBrokenBundleClearlyAndWritesNothing() {
        int yaml = fuzz("bundle-yaml", BUNDLE, 1, b -> catalogue.importBundle("fuzz.yaml", b, BundleSyntax.YAML, "fuzz", true));
        assertThat(yaml).isPositive();
    }

    @Test
    void theFourCsvReadersRefuseEveryBrokenFileClearlyAndWriteNothing() {
        catalogue.importBundle("fuzz.yaml", BUNDLE.getBytes(StandardCharsets.UTF_8), BundleSyntax.YAML, "fuzz", true); // a fixture: its findings are not what is tested
        Actor operator = Actor.operator("fuzz");
        fuzz("modules-csv", MODULES, 2, b -> catalogueImports.importModulesCsv("modules.csv", b, "fuzz"));
        fuzz("learners-csv", LEARNERS, 3, b -> learners.importCsv("learners.csv", b, operator));
        learners.importCsv("learners.csv", LEARNERS.getBytes(StandardCharsets.UTF_8), operator);
        fuzz("enrolments", ENROLMENTS, 4, b -> enrollingLearners.importEnrolments("enrolments.csv", b, operator));
        fuzz("achievements", ACHIEVEMENTS, 5, b -> achievements.importCsv("achievements.csv", b, operator));
    }

    @Test
    void theVerifyEndpointNeverAnswers500NorShowsAStackTrace() {
        fuzz("verify", CREDENTIAL, 6, b -> {
            try {
                MvcResult r = mvc.perform(post("/api/v1/verify").contentType("application/json").content(b)).andReturn();
                String body = r.getResponse().getContentAsString();
                if (r.getResponse().getStatus() >= 500 || body.contains("Exception") || body.contains("\tat ")) {
                    throw new IllegalStateException("HTTP " + r.getResponse().getStatus() + ": " + body.substring(0, Math.min(200, body.length())));
                }
                if (r.getResponse().getStatus() >= 400 || body.contains("\"valid\":false")) {
                    throw new Verification.Unreadable("refused", "HTTP " + r.getResponse().getStatus());
                }
            } catch (Verification.Unreadable e) {
                throw e;
            } catch (Exception e) {
                throw e instanceof RuntimeException re ? re : new IllegalStateException(e);
            }
        });
        catalogue.importBundle("fuzz.yaml", BUNDLE.getBytes(StandardCharsets.UTF_8), BundleSyntax.YAML, "fuzz", true); // a fixture: its findings are not what is tested
        learners.importCsv("learners.csv", LEARNERS.getBytes(StandardCharsets.UTF_8), Actor.operator("fuzz"));
        accounts.grant(ADMIN, Grant.of(Role.REGISTRAR, "fz"));
        // a write token, not a password: bcrypt on every request would make the run a matter of minutes
        String token = accounts.createToken(accounts.byEmail(ADMIN).orElseThrow().id(), "fuzz",
                Set.of(TokenScope.READ, TokenScope.WRITE), Duration.ofDays(1)).secret();
        fuzz("import-http", ACHIEVEMENTS, 7, b -> {
            try {
                MvcResult r = mvc.perform(post("/api/v1/achievements/import").header("Authorization", "Bearer " + token).contentType("text/csv")
                        .content(b)).andReturn();
                String body = r.getResponse().getContentAsString();
                if (r.getResponse().getStatus() >= 500 || body.contains("Exception") || body.contains("\tat ")) {
                    throw new IllegalStateException("HTTP " + r.getResponse().getStatus() + ": " + body.substring(0, Math.min(200, body.length())));
                }
                if (r.getResponse().getStatus() >= 400) {
                    throw InvalidInputException.of("body", "HTTP " + r.getResponse().getStatus());
                }
            } catch (InvalidInputException e) {
                throw e;
            } catch (Exception e) {
                throw e instanceof RuntimeException re ? re : new IllegalStateException(e);
            }
        });
    }
}
