package org.microdegree.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.microdegree.catalog.format.BundleFormat;
import org.microdegree.catalog.model.CatalogueBundle;
import org.microdegree.catalog.model.MicroDegreeProgramme;
import org.microdegree.shared.ItemId;

/** The worked example of DOMAIN.md, as the project ships it. */
public final class Fixtures {

    public static final String WORKED_EXAMPLE = "/examples/luh-worked-example.yaml";

    private Fixtures() {
    }

    public static byte[] workedExampleYaml() {
        return resource(WORKED_EXAMPLE);
    }

    /** Dana's new micro-credential at LUH (German title only, a draft): the file a designer imports. */
    public static String roboticsDraftYaml() {
        return new String(resource("/catalog/robotics-draft.yaml"), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CatalogueBundle workedExample() {
        return new BundleFormat().read("luh-worked-example.yaml", workedExampleYaml(), BundleSyntax.YAML).bundle();
    }

    public static MicroDegreeProgramme aiInProduction() {
        return programme("luh:md-ai-in-production");
    }

    public static MicroDegreeProgramme sustainableEngineeringJointMaster() {
        return programme("luh:jm-sustainable-engineering");
    }

    private static MicroDegreeProgramme programme(String id) {
        return workedExample().microDegrees().stream().filter(md -> md.id().equals(ItemId.of(id))).findFirst().orElseThrow();
    }
}
