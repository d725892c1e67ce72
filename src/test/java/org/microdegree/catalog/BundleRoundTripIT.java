package org.microdegree.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeTry;
import org.microdegree.MicrodegreeApplication;
import org.microdegree.TestDatabase;
import org.microdegree.catalog.model.CatalogueBundle;
import org.microdegree.catalog.model.CatalogueItem;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Property: import, export and import again loses nothing, in both syntaxes, on the real
 * database (H2, or PostgreSQL under -Ppostgres). The second import finds everything unchanged.
 */
class BundleRoundTripIT {

    private static ConfigurableApplicationContext context;
    private static Catalogue catalogue;

    @BeforeContainer
    static void start() {
        context = new SpringApplicationBuilder(MicrodegreeApplication.class).web(WebApplicationType.NONE)
                .properties(Map.<String, Object>copyOf(TestDatabase.properties("roundtrip"))).run();
        catalogue = context.getBean(Catalogue.class);
    }

    @AfterContainer
    static void stop() {
        context.close();
    }

    @BeforeTry
    void empty() {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        for (String table : new String[]{"catalog_reference", "catalog_journal", "catalog_item", "catalog_institution"}) {
            jdbc.update("delete from " + table);
        }
    }

    @Property(tries = 60, edgeCases = EdgeCasesMode.NONE)
    void importThenExportGivesBackTheSameCatalogue(@ForAll("bundles") CatalogueBundle bundle, @ForAll BundleSyntax syntax) {
        byte[] original = catalogue.write(bundle, syntax);
        ImportResult first = catalogue.importBundle("generated", original, syntax, "property", true); // random designs: their structure is tested, not their conformance
        assertThat(first.added()).isEqualTo(bundle.size());

        byte[] exported = catalogue.export(syntax);
        assertThat(catalogue.readBundle("exported", exported, syntax)).isEqualTo(sorted(bundle));

        ImportResult again = catalogue.importBundle("exported", exported, syntax, "property", true);
        assertThat(again.changedAnything()).isFalse();
        assertThat(catalogue.export(syntax)).isEqualTo(exported);
    }

    @Provide
    Arbitrary<CatalogueBundle> bundles() {
        return CatalogueArbitraries.bundles();
    }

    /** The export's order: institutions by id, then items by kind, id and version. */
    private static CatalogueBundle sorted(CatalogueBundle b) {
        Comparator<CatalogueItem> order = Comparator
                .comparing((CatalogueItem i) -> i.id().value()).thenComparingInt(i -> i.version());
        return CatalogueBundle.of(b.institutions().stream().sorted(Comparator.comparing(i -> i.id().value())).toList(),
                b.items().sorted(Comparator.comparing((CatalogueItem i) -> i.kind()).thenComparing(order)).toList());
    }
}
