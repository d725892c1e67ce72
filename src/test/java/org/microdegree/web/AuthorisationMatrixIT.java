package org.microdegree.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.microdegree.DatabaseIT;
import org.microdegree.accounts.TokenScope;
import org.microdegree.catalog.BundleSyntax;
import org.microdegree.design.JointMasterProposals;
import org.microdegree.shared.Actor;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.CatalogueEditing;
import org.microdegree.results.Achievements;
import org.microdegree.admissions.ApplicationRounds;
import org.microdegree.admissions.EnrollingLearners;
import org.microdegree.learners.Learners;
import org.microdegree.admissions.PlacingApplications;
import org.microdegree.results.Recognitions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Every route of the API and the web pages, asked by every role and anonymously, against the
 * table in {@code security/routes.txt}: {@code +} allowed, {@code -} denied (401, 403, or sent to
 * sign in), {@code h} hidden (404: another institution's draft does not exist for them). The table is checked against the application's own route
 * list: a route without a row fails this test, so no endpoint ships without a decided owner.
 */
class AuthorisationMatrixIT extends DatabaseIT {

    static final List<String> ROLES = List.of("anon", "learner", "designer", "quality", "registrar", "admin", "partner", "read", "other");

    /** Roles that must never see anything of Lea, a learner of LUH, even where a route is open to them. */
    static final Set<String> OUTSIDERS = Set.of("anon", "designer", "partner", "other");

    static final Path JOINT_MASTER = Path.of("examples", "design", "joint-master.yaml");

    /** Bodies that are valid, so that an allowed request gets past validation to where access is decided. */
    static final Map<String, String> BODIES = Map.ofEntries(
            Map.entry("module", """
                    {"id": "luh:mb-matrix", "title": {"en": "Matrix Module"}, "creditPoints": 5, "eqfLevel": 7}"""),
            Map.entry("mc", """
                    {"id": "luh:mc-matrix", "title": {"en": "Matrix"}, "modules": ["luh:mb-ml-manufacturing"], "creditPoints": 5, "eqfLevel": 7}"""),
            Map.entry("mc-draft", """
                    {"id": "luh:mc-draft-robotics", "title": {"en": "Robotics in Production, revised"}, "modules": ["luh:mb-ml-manufacturing"],
                     "creditPoints": 5, "eqfLevel": 7}"""),
            Map.entry("md", """
                    {"id": "luh:md-matrix", "title": {"en": "Matrix MD"}, "requirements": {"allOf": [{"microCredential": "luh:mc-ai-ethics"}]},
                     "creditPoints": 10, "eqfLevel": 7}"""),
            Map.entry("md-put", """
                    {"id": "luh:md-ai-in-production", "title": {"en": "AI in Production"}, "requirements": {"allOf": [{"microCredential": "luh:mc-ai-ethics"}]},
                     "creditPoints": 15, "eqfLevel": 7}"""),
            Map.entry("sp", """
                    {"id": "luh:sp-matrix", "title": {"en": "Matrix Programme"}, "degreeType": "bachelor", "creditPoints": 180, "eqfLevel": 6}"""),
            Map.entry("sp-put", """
                    {"id": "luh:sp-matrix", "title": {"en": "Matrix Programme"}, "degreeType": "bachelor", "creditPoints": 180, "eqfLevel": 6}"""),
            Map.entry("module-put", """
                    {"id": "luh:mb-ml-manufacturing", "title": {"en": "ML in Manufacturing"}, "creditPoints": 5, "eqfLevel": 7}"""),
            Map.entry("submit", "{\"action\": \"submit\"}"),
            Map.entry("approve", "{\"action\": \"approve\"}"),
            Map.entry("items", "{\"items\": [\"luh:mc-ai-ethics\"]}"),
            Map.entry("suggest", "{\"outcomes\": [\"Build machine learning models in Python.\"]}"),
            Map.entry("design",
                    """
                            {"programme": {"id": "luh:md-matrix-gap", "title": {"en": "Matrix Gap"}, "labourMarketRationale": {"en": "Needed."},
                             "counsellingContact": "a@luh.example", "qualityAssurance": "QA"},
                             "studyProgrammes": ["luh:bsc-computer-science", "luh:bsc-electrical-engineering"], "subjects": ["machine-learning", "data-engineering"]}"""),
            Map.entry("propose", jointMasterAsJson()),
            Map.entry("decide", "{\"decision\": \"approve\"}"),
            Map.entry("form-decide", "decision=approve"),
            Map.entry("form-jm", "id=luh:jm-web-matrix&titleEn=Matrix+Joint+Master&rationaleEn=Employers+ask+for+exactly+this.&unit=luh:zew"
                    + "&counsellingContact=a%40luh.example&qualityAssurance=Internal+quality+assurance+of+LUH&quota.luh=3&quota.lut=2&quota.but=2"
                    + "&quota.tuw=3&quota.upm=2&groupCredits=15&eqfLevel=7&outcomes=life+cycle%0Aenergy%0Acircular%0Awaste%0Abuilding"),
            Map.entry("copy", "{\"id\": \"luh-2023-matrix\", \"copyOf\": \"luh-2023\", \"institution\": \"luh\"}"),
            Map.entry("change", "{\"title\": {\"en\": \"Changed\"}}"),
            Map.entry("adopt", "{\"profiles\": [\"eu-2022\"]}"),
            Map.entry("token", "{\"name\": \"matrix\", \"scopes\": [\"read\"], \"validDays\": 1}"),
            Map.entry("grant", "{\"role\": \"registrar\", \"institution\": \"luh\"}"),
            Map.entry("form-mc", "id=luh:mc-web-matrix&title.en=Web+Matrix&modules=luh:mb-ml-manufacturing&creditPoints=5&eqfLevel=7"),
            Map.entry("form-gap", "id=luh:md-web-gap&titleEn=Web+Gap&rationaleEn=Needed.&counsellingContact=a%40luh.example&qualityAssurance=QA"
                    + "&studyProgrammes=luh:bsc-computer-science&studyProgrammes=luh:bsc-electrical-engineering&subjects=machine-learning"
                    + "&subjects=data-engineering&credits=5"),
            Map.entry("form-mc-draft", "title.en=Robotics+revised&modules=luh:mb-ml-manufacturing&creditPoints=5&eqfLevel=7"),
            Map.entry("form-reject", "action=reject&reason=not+yet"),
            Map.entry("form-suggest", "learningOutcomes=Build+machine+learning+models+in+Python."),
            Map.entry("form-skill", "uri=http://data.europa.eu/esco/skill/3a2d5b45-56e4-4f5a-a55a-4a4a65afdc43"),
            Map.entry("form-password", "currentPassword=wrong-password&newPassword=another-long-password"),
            Map.entry("form-token", "name=matrix&scope=read&validDays=1"),
            Map.entry("form-oid4vci-token", "grant_type=urn:ietf:params:oauth:grant-type:pre-authorized_code&pre-authorized_code=guess&tx_code=123456"),
            Map.entry("oid4vci-credential", "{\"credential_configuration_id\": \"OpenBadgeCredential_ldp_vc\", \"proofs\": {\"jwt\": [\"x\"]}}"),
            Map.entry("round", """
                    {"id": "luh:round-matrix", "kind": "micro-credential", "item": "luh:mc-ai-ethics", "opens": "2026-01-01T00:00",
                     "closes": "2099-01-01T00:00", "zone": "Europe/Berlin", "capacity": 10}"""),
            Map.entry("apply", "{\"homeInstitution\": \"luh\", \"priorGrade\": \"2.0\"}"),
            Map.entry("document", "CV as a file"),
            Map.entry("review", "{\"mark\": 70}"),
            Map.entry("learner", """
                    {"name": "Nina New", "email": "nina@example.org", "status": "professional", "institution": "luh", "studentNumber": "L-0100"}"""),
            Map.entry("achievement", """
                    {"studentNumber": "L-0001", "item": "luh:mc-ai-ethics", "date": "2025-02-01", "scale": "ects", "grade": "B",
                     "creditPoints": "5", "assessment": "written-exam", "reference": "EX-MATRIX-1"}"""),
            Map.entry("csv-figures", "occupation,region,period,measure,value,source\n"
                    + "http://data.europa.eu/esco/occupation/258e46f9-0075-4a2e-adae-1ff0477e0f30,DE,2025,vacancies,1200,matrix test\n"),
            Map.entry("form-none", ""),
            Map.entry("csv-modules", "id;title_en;credit_points;eqf_level;status\nluh:matrix-csv-module;Matrix module;5;6;draft\n"),
            Map.entry("form-module", "id=luh:mb-ml-manufacturing&modules=luh:mb-predictive-maintenance"),
            Map.entry("csv-achievements", "institution;student_number;item;date;scale;grade;credit_points;assessment;reference\n"
                    + "luh;L-0001;luh:mc-data-engineering;2025-03-01;de;2.0;5;project;EX-MATRIX-2\n"),
            Map.entry("enrol", "{\"learner\": \"{lea}\", \"kind\": \"micro-credential\", \"item\": \"luh:mc-ai-ethics\"}"),
            Map.entry("recognition", """
                    {"achievement": "{achievement}", "target": "micro-credential", "targetRef": "luh:mc-ai-ethics"}"""),
            Map.entry("decision", "{\"decision\": \"granted\", \"justification\": \"Same outcomes.\"}"),
            Map.entry("form-apply", "homeInstitution=luh&enrolledEqf=7&priorGrade=1.7&englishLevel=C1"),
            Map.entry("form-recognition", "achievement={achievement}&target=micro-credential&targetRef=luh:mc-ai-ethics"),
            Map.entry("form-review", "mark=60"),
            Map.entry("form-result", "institution=luh&studentNumber=L-0001&item=luh:mc-se-energy-data&date=2025-06-30&scale=de&grade=2.3"
                    + "&creditPoints=5&assessment=project&supervised=true&reference=EX-WEB-1"),
            Map.entry("link", "{\"email\": \"leo@luh.example\"}"),
            Map.entry("form-enrol", "institution=luh&studentNumber=L-0001&kind=study-programme&item=luh:bsc-computer-science"),
            Map.entry("form-decision", "decision=denied&justification=Outcomes+differ"),
            Map.entry("form-noreason", "reason="),
            // a change refused for its capacity: the rows after it still find the round as it was
            Map.entry("form-round-change", "opens=2026-01-01T00%3A00&closes=2099-12-31T23%3A00&zone=Europe%2FBerlin&selection=ranked&capacity=0"),
            Map.entry("round-change", "{\"opens\": \"2026-01-01T00:00\", \"closes\": \"2099-12-31T23:00\", \"zone\": \"Europe/Berlin\", \"capacity\": 0}"),
            Map.entry("four-eyes", "{\"fourEyes\": true}"),
            Map.entry("invite", "{\"email\": \"invited@luh.example\", \"role\": \"designer\", \"institution\": \"luh\"}"),
            Map.entry("enable", "{\"enabled\": true}"),
            Map.entry("form-invite", "email=invited-in-browser%40luh.example&name=Ivy+Invited&role=designer&institution=luh"),
            Map.entry("form-grant", "role=registrar&institution=luh"),
            Map.entry("form-enable", "enabled=true"),
            Map.entry("form-four-eyes", "fourEyes=true"),
            Map.entry("form-adopt", "profile=eu-2022"),
            Map.entry("comment", "{\"text\": \"Which assessment does this use?\"}"),
            Map.entry("form-comment", "text=Which+assessment+does+this+use%3F"),
            // refused for its country: the institution stays as the worked example has it
            Map.entry("form-institution", "nameEn=Leibniz+University+Hannover&country=XX"),
            Map.entry("form-claims", "claims=%7B%22groups%22%3A%5B%22staff%22%5D%7D"),
            Map.entry("form-password-set", "password=correct-horse-battery&repeated=correct-horse-battery"),
            Map.entry("form-confirm", "award=nothing-waits"),
            Map.entry("form-round", "offering=micro-degree%7Cluh:md-ai-essentials&id=luh:matrix-round&opens=2026-01-01T00:00&closes=2099-12-31T23:00"
                    + "&zone=Europe/Berlin&selection=ranked&capacity=10&priorGradeWeight=1&reviewWeight=0"),
            Map.entry("what-if", "{\"passed\": [{\"kind\": \"micro-credential\", \"item\": \"luh:mc-ai-ethics\", \"creditPoints\": 5}]}"),
            Map.entry("credential", "{\"@context\": [\"https://www.w3.org/ns/credentials/v2\"], \"type\": [\"VerifiableCredential\"]}"),
            Map.entry("vc-api-verify",
                    "{\"verifiableCredential\": {\"@context\": [\"https://www.w3.org/ns/credentials/v2\"], \"type\": [\"VerifiableCredential\"]}}"),
            Map.entry("vc-api-vp-verify",
                    "{\"verifiablePresentation\": {\"@context\": [\"https://www.w3.org/ns/credentials/v2\"], \"type\": [\"VerifiablePresentation\"]}}"),
            Map.entry("vc-api-issue", "{\"credential\": {\"@context\": [\"https://www.w3.org/ns/credentials/v2\"], \"type\": [\"VerifiableCredential\"],"
                    + " \"issuer\": \"did:web:localhost%3A8080:institutions:luh\", \"credentialSubject\": {\"id\": \"did:example:lea\"}}}"),
            Map.entry("award", "{\"learner\": \"{lea}\", \"kind\": \"micro-credential\", \"credential\": \"luh:mc-machine-learning\", \"version\": 1}"),
            Map.entry("partial", "{\"learner\": \"{lea}\", \"programme\": \"luh:md-ai-essentials\"}"),
            Map.entry("approve-award", "{\"learner\": \"{lea}\", \"programme\": \"luh:md-ai-essentials\", \"institution\": \"luh\"}"),
            Map.entry("awarding", "{\"kind\": \"micro-degree\", \"credential\": \"luh:md-ai-essentials\", \"confirmation\": false}"),
            Map.entry("revoke", "{\"reason\": \"matrix test\"}"),
            Map.entry("account", "{\"email\": \"new@luh.example\", \"roles\": [{\"role\": \"learner\", \"institution\": \"luh\"}]}"));

    record Row(String method, String pattern, String sample, String body, Map<String, Character> expected) {}

    @Autowired MockMvc mvc;
    @Autowired Learners learners;
    @Autowired ApplicationRounds applicationRounds;
    @Autowired PlacingApplications placingApplications;
    @Autowired EnrollingLearners enrollingLearners;
    @Autowired Achievements achievements;
    @Autowired Recognitions recognitions;
    @Autowired Catalogue catalogue;
    @Autowired CatalogueEditing catalogueEditing;
    @Autowired JointMasterProposals proposals;
    @Autowired
    @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    @Test
    void everyRouteOfTheApplicationHasARowAndEveryRoleGetsWhatTheRowSays() throws Exception {
        List<Row> rows = table();
        Set<String> routes = routes();
        Set<String> inTable = new TreeSet<>();
        rows.forEach(r -> inTable.add(r.method() + " " + r.pattern()));
        Set<String> missing = new TreeSet<>(routes);
        missing.removeAll(inTable);
        Set<String> stale = new TreeSet<>(inTable);
        stale.removeAll(routes);
        assertThat(missing).as("routes without a row in security/routes.txt").isEmpty();
        Set<String> undocumented = new TreeSet<>(openApiOperations());
        undocumented.removeAll(inTable);
        assertThat(undocumented).as("operations of the OpenAPI document without a row in security/routes.txt").isEmpty();
        assertThat(stale).as("rows of security/routes.txt for routes that do not exist").isEmpty();

        WebFixtures people = new WebFixtures(accounts, catalogue, catalogueEditing);
        WebFixtures.LearnerData learnerData = people.learners(learners, applicationRounds, placingApplications, enrollingLearners, achievements, recognitions);
        // Lea's result completes the micro-credential she enrolled in: her certificate is issued after the commit
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> eventsHandled()
                && jdbc.queryForObject("select count(*) from certificate where learner_id = ?", Integer.class, learnerData.lea().value()) > 0);
        String certificate = jdbc.queryForObject("select min(id) from certificate where learner_id = ?", String.class, learnerData.lea().value());
        // the read-only token belongs to LUH's admin: it may read what the admin reads and change nothing
        String readToken = accounts.createToken(people.people.get("admin").id(), "matrix", Set.of(TokenScope.READ), Duration.ofDays(1)).secret();
        // LUH's joint Master proposed to LUT, BUT, TU Wien and UPM: LUT's designer is a partner
        String proposal = proposals.propose("joint-master.yaml", Files.readAllBytes(JOINT_MASTER), BundleSyntax.YAML, Actor.operator("matrix")).id().value();
        var data = new Object() {
            String fill(String text) {
                return learnerData.fill(text).replace("{certificate}", certificate).replace("{proposal}", proposal);
            }
        };
        List<String> wrong = new ArrayList<>();
        for (Row row : rows) {
            for (String role : ROLES) {
                String self = switch (role) {
                    case "anon" -> "nobody";
                    case "read" -> people.people.get("admin").id();
                    default -> people.people.get(role).id();
                };
                String path = data.fill(row.sample().replace("{self}", self));
                HttpMethod method = HttpMethod.valueOf(row.method().equals("*") ? "GET" : row.method());
                MockHttpServletRequestBuilder req = request(method, path).with(csrf());
                if (role.equals("read")) {
                    req = req.header(HttpHeaders.AUTHORIZATION, "Bearer " + readToken);
                } else if (!role.equals("anon")) {
                    req = req.with(authentication(people.as(role)));
                }
                if (row.body().startsWith("csv-")) {
                    req = req.contentType("text/csv").content(data.fill(BODIES.get(row.body())));
                } else if (row.body().startsWith("form-")) {
                    req = req.contentType(MediaType.APPLICATION_FORM_URLENCODED).content(data.fill(BODIES.get(row.body())));
                } else if (!row.body().equals("-")) {
                    req = req.contentType(MediaType.APPLICATION_JSON).content(data.fill(BODIES.get(row.body())));
                }
                MvcResult result = mvc.perform(req).andReturn();
                int status = result.getResponse().getStatus();
                String location = result.getResponse().getRedirectedUrl();
                boolean denied = status == 401 || status == 403 || (status == 302 && location != null && location.endsWith("/login"));
                char got = denied ? '-' : status == 404 ? 'h' : '+';
                char expected = row.expected().get(role);
                if (got != expected) {
                    wrong.add(row.method() + " " + path + " as " + role + ": expected " + expected + ", got " + got + " (" + status + ")");
                } else if (got == '+' && OUTSIDERS.contains(role) && !row.pattern().startsWith("/verify")) {
                    // allowed is not enough: what they get must hold nothing of LUH's learner
                    String body = result.getResponse().getContentAsString();
                    for (String secret : List.of(learnerData.lea().value(), "L-0001", "lea@luh.example", "Lea Learner")) {
                        if (body.contains(secret)) {
                            wrong.add(row.method() + " " + path + " as " + role + ": the answer shows " + secret);
                        }
                    }
                }
            }
        }
        assertThat(wrong).as("requests whose answer differs from the table").isEmpty();
    }

    private static String jointMasterAsJson() {
        try {
            return new YAMLMapper().readTree(Files.readAllBytes(JOINT_MASTER)).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** METHOD PATTERN of every operation the OpenAPI document describes, so that no documented endpoint escapes the table. */
    private Set<String> openApiOperations() throws Exception {
        String json = mvc.perform(request(HttpMethod.GET, "/v3/api-docs")).andReturn().getResponse().getContentAsString();
        JsonNode paths = JsonMapper.builder().build().readTree(json).path("paths");
        Set<String> operations = new TreeSet<>();
        for (String path : paths.propertyNames()) {
            for (String method : paths.path(path).propertyNames()) {
                if (Set.of("get", "put", "post", "delete", "patch", "head", "options").contains(method)) {
                    operations.add(method.toUpperCase(Locale.ROOT) + " " + path);
                }
            }
        }
        assertThat(operations).as("the OpenAPI document lists the API's operations").hasSizeGreaterThan(50);
        return operations;
    }

    /** METHOD PATTERN (for handlers without a method: *) for every handler the application maps. */
    private Set<String> routes() {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String mapped : info.getPatternValues()) {
                // a variable's regular expression is the handler's business; the route is named as OpenAPI names it
                String pattern = mapped.replaceAll("\\{(\\w+):[^}]*}", "{$1}");
                if (methods.isEmpty()) {
                    routes.add("* " + pattern);
                }
                methods.forEach(m -> routes.add(m.name() + " " + pattern));
            }
        }
        return routes;
    }

    private static List<Row> table() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = AuthorisationMatrixIT.class.getResourceAsStream("/security/routes.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String[] f = l.split("\\s+");
                assertThat(f).as("row '" + l + "': METHOD PATTERN SAMPLE BODY and one +/- per role " + ROLES).hasSize(4 + ROLES.size());
                Map<String, Character> allowed = new HashMap<>();
                for (int i = 0; i < ROLES.size(); i++) {
                    assertThat(f[4 + i]).as("row '" + l + "': + allow, - deny (401, 403, sign-in), h hidden (404)").isIn("+", "-", "h");
                    allowed.put(ROLES.get(i), f[4 + i].charAt(0));
                }
                rows.add(new Row(f[0], f[1], f[2], f[3], allowed));
            }
        }
        return rows;
    }
}
