package org.microdegree.credentials;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.CatalogueVersions;
import org.microdegree.catalog.model.CatalogueItem;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.LifecycleStatus;
import org.microdegree.catalog.model.MicroCredential;
import org.microdegree.credentials.internal.SkillLabels;
import org.microdegree.credentials.internal.Urls;
import org.microdegree.credentials.internal.render.Loq;
import org.microdegree.credentials.internal.render.LoqReader;
import org.microdegree.catalog.CatalogueFile;
import org.microdegree.catalog.ForeignCatalogueFormat;
import org.microdegree.catalog.ImportResult;
import org.jspecify.annotations.Nullable;
import org.microdegree.credentials.model.CertificateContent;
import org.microdegree.learners.Learners;
import org.microdegree.results.LearnerEvidence;
import org.springframework.stereotype.Service;

/**
 * The published catalogue for the Europass portal: every micro-credential and programme in its
 * newest published version as an ELM learning opportunity (ADR 0027). Public, as the catalogue is.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class LearningOpportunities implements ForeignCatalogueFormat {

    private final Catalogue catalogue;
    private final Learners learners;
    private final LearnerEvidence evidence;
    private final Urls urls;
    private final SkillLabels skills;
    private final Clock clock;

    /** One JSON-LD document (the ELM context, a {@code @graph} of learning opportunities). */
    public JsonObject export() {
        CatalogueVersions versions = catalogue.versions();
        Map<String, CatalogueItem> newest = new LinkedHashMap<>();
        versions.bundle().items()
                .filter(i -> i.status() == LifecycleStatus.PUBLISHED && (i.kind() == ItemKind.MICRO_CREDENTIAL || i.kind() == ItemKind.MICRO_DEGREE))
                .forEach(i -> newest.merge(i.kind().code() + " " + i.id(), i, (a, b) -> a.version() >= b.version() ? a : b));
        CertificateContents contents = new CertificateContents(catalogue, learners, evidence).withCatalogue(versions);
        Instant now = clock.instant();
        List<CertificateContent> specifications = new ArrayList<>();
        newest.values().forEach(i -> specifications.add(contents.specification(i, now)));
        Map<String, Integer> exported = new LinkedHashMap<>();
        Map<String, String> fields = new LinkedHashMap<>();
        newest.values().forEach(i -> {
            exported.put(i.id().value(), i.version());
            if (i instanceof MicroCredential mc && mc.iscedField() != null) {
                fields.put(mc.id().value(), mc.iscedField());
            }
        });
        return Loq.opportunities(specifications, urls, skills::of, exported, fields);
    }

    /**
     * Imports ELM learning opportunities (as this installation exports them, or as a partner
     * publishes them) as catalogue items of the given status, checked and journaled as any import;
     * {@code institution} names the institution a foreign provider's items come in under.
     */
    public ImportResult importOpportunities(String source, byte[] content, LifecycleStatus status, @Nullable String institution, String actor,
            boolean acceptFindings) {
        CatalogueFile read = read(source, content, status, institution);
        return catalogue.importBundle(source, read.bundle(), read.locate(), actor, acceptFindings);
    }

    /** ELM learning opportunities in JSON-LD: files named *.jsonld. */
    @Override
    public boolean reads(String fileName) {
        return fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".jsonld");
    }

    @Override
    public CatalogueFile read(String source, byte[] content, LifecycleStatus status, @Nullable String institution) {
        LoqReader.Read read = new LoqReader(urls).read(source, content, new LoqReader.Options(status, institution));
        return new CatalogueFile(read.bundle(), read.locate());
    }
}
