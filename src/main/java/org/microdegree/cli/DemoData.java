package org.microdegree.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.microdegree.catalog.BundleSyntax;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.ImportResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** In demo mode, loads the worked example before the server accepts requests. */
@Component
@ConditionalOnProperty("microdegree.demo")
class DemoData implements SmartInitializingSingleton {

    static final String EXAMPLE = "/examples/luh-worked-example.yaml";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Catalogue catalogue;

    DemoData(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public void afterSingletonsInstantiated() {
        try (InputStream in = DemoData.class.getResourceAsStream(EXAMPLE)) {
            if (in == null) {
                throw new IllegalStateException(EXAMPLE + " is missing from the build");
            }
            ImportResult result = catalogue.importBundle("luh-worked-example.yaml", in.readAllBytes(), BundleSyntax.YAML, "demo");
            log.info("Worked example: {}", result.summary());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
