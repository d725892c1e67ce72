package org.microdegree.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.microdegree.catalog.format.BundleFormat;

/** The published JSON Schema describes what the importer reads: checked by an independent validator. */
class CatalogueSchemaTest {

    @Test
    void theWorkedExampleConformsToThePublishedSchema() throws Exception {
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/schema/catalogue-bundle.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        JsonNode example = new ObjectMapper().readTree(new BundleFormat().write(Fixtures.workedExample(), BundleSyntax.JSON));
        Set<ValidationMessage> errors = schema.validate(example);
        assertThat(errors).isEmpty();
    }

    @Test
    void catalogueItemsAsProvidersPublishThemConformToThePublishedSchema() throws Exception {
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/schema/catalogue-bundle.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        byte[] yaml;
        try (InputStream in = getClass().getResourceAsStream("/catalog/as-providers-publish.yaml")) {
            yaml = in.readAllBytes();
        }
        BundleFormat format = new BundleFormat();
        JsonNode providers = new ObjectMapper().readTree(format.write(format.read("providers.yaml", yaml, BundleSyntax.YAML).bundle(),
                BundleSyntax.JSON));
        assertThat(schema.validate(providers)).isEmpty();
    }

    @Test
    void theSchemaRefusesAnUnknownRequirementNode() throws Exception {
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/schema/catalogue-bundle.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        JsonNode bad = new ObjectMapper().readTree("""
                {"format":"microdegree-catalogue","formatVersion":1,"microDegrees":[{"id":"luh:x","title":"X","creditPoints":10,
                 "eqfLevel":7,"requirements":{"anyOf":[]}}]}""");
        assertThat(schema.validate(bad)).isNotEmpty();
    }
}
