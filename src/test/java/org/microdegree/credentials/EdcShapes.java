package org.microdegree.credentials;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.microdegree.credentials.internal.proof.LocalContexts;

/**
 * The official EDC-generic-full SHACL shapes (with the no-cv shapes they import), checked with
 * Apache Jena. JSON-LD is turned into RDF with the bundled contexts, so nothing is fetched.
 */
final class EdcShapes {

    private static final Shapes SHAPES = load();

    private EdcShapes() {
    }

    static List<String> violations(JsonObject credential) throws Exception {
        JsonLdOptions options = new JsonLdOptions(LocalContexts.INSTANCE);
        StringWriter nquads = new StringWriter();
        JsonLd.toRdf(JsonDocument.of(credential)).options(options).provide(new NQuadsWriter(nquads));
        Graph data = RDFParser.fromString(nquads.toString(), Lang.NQUADS).toDatasetGraph().getDefaultGraph();
        ValidationReport report = ShaclValidator.get().validate(SHAPES, data);
        return report.getEntries().stream().map(EdcShapes::describe).toList();
    }

    private static String describe(ReportEntry e) {
        return e.severity().level().getLocalName() + " at " + e.focusNode() + " " + e.resultPath() + ": " + e.message();
    }

    private static Shapes load() {
        Model shapes = ModelFactory.createDefaultModel();
        for (String file : List.of("EDC-generic-no-cv.ttl", "EDC-generic-full.ttl")) {
            try (InputStream in = EdcShapes.class.getResourceAsStream("/elm/" + file)) {
                RDFDataMgr.read(shapes, in, Lang.TURTLE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Shapes.parse(shapes.getGraph());
    }

    static JsonObject read(String resource) throws IOException {
        try (InputStream in = EdcShapes.class.getResourceAsStream(resource)) {
            return Json.createReader(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8))).readObject();
        }
    }
}
