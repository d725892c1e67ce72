package org.microdegree.catalog;

import java.util.Optional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.internal.ItemDocuments;
import org.microdegree.catalog.internal.csv.ModuleCsv;
import org.microdegree.catalog.model.CatalogueBundle;
import org.microdegree.catalog.model.Institution;
import org.microdegree.catalog.model.LifecycleStatus;
import org.microdegree.catalog.rules.CatalogueAccess;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.Coded;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.Role;
import org.microdegree.shared.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A catalogue manager's import of a file: a bundle (YAML or JSON), an exam office's module CSV, or a
 * format another module reads (Europass learning opportunities). For a person, every entry must be
 * theirs to bring in (CatalogueAccess), all refusals in one answer; a dry run checks everything an
 * import checks and reports what it would do, and writes nothing.
 */
@Service
public class CatalogueImports {

    /**
     * @param status the status a foreign format's items come in with (a bundle's entries state their own)
     * @param institution the institution a foreign provider's items come in under
     * @param acceptFindings bring in items past review although their rule profiles find problems (journaled)
     * @param dryRun check and count, write nothing
     */
    public record Options(LifecycleStatus status, @Nullable String institution, boolean acceptFindings, boolean dryRun) {

        public static final Options DEFAULT = new Options(LifecycleStatus.DRAFT, null, false, false);

        /** The options as a form or a request states them; every bad one at once. */
        public static Options of(@Nullable String status, @Nullable String institution, boolean acceptFindings, boolean dryRun) {
            List<Violation> problems = new ArrayList<>();
            var into = status == null || status.isBlank()
                    ? Optional.of(LifecycleStatus.DRAFT)
                    : Coded.fromCode(LifecycleStatus.class, status).filter(s -> s != LifecycleStatus.RETIRED);
            if (into.isEmpty()) {
                problems.add(Violation.at("status", "'" + status + "' is not one of draft, in-review, approved, announced, published"));
            }
            String partner = institution == null || institution.isBlank() ? null : institution.strip();
            if (partner != null && !InstitutionId.isValid(partner)) {
                problems.add(Violation.at("institution", "'" + partner + "' is not an institution id (lower-case letters, digits, -, ., _)"));
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            return new Options(into.orElseThrow(), partner, acceptFindings, dryRun);
        }
    }

    /** Who asks is checked before anything they send is looked at: catalogue work is designers', QA's and admins'. */
    public static void requireMayImport(Actor actor) {
        actor.requireWrite();
        if (!actor.hasAnywhere(Role.DESIGNER) && !actor.hasAnywhere(Role.QUALITY)) {
            throw new ForbiddenException("importing into the catalogue is for designers, quality assurance and admins");
        }
    }

    private final Catalogue catalogue;
    private final ItemDocuments documents;
    private final TransactionTemplate tx;
    private final List<ForeignCatalogueFormat> foreign;

    CatalogueImports(Catalogue catalogue, ItemDocuments documents, TransactionTemplate tx, List<ForeignCatalogueFormat> foreign) {
        this.catalogue = catalogue;
        this.documents = documents;
        this.tx = tx;
        this.foreign = foreign;
    }

    /** The file types an import takes, for messages and forms. */
    public static final String TYPES = ".yaml, .yml, .json (catalogue bundle), .csv (modules), .jsonld (Europass learning opportunities)";

    /** Reads a file by its name's type; bad input names every problem with its place. */
    public CatalogueFile read(String fileName, byte[] content, Options options) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return readModulesCsv(fileName, content);
        }
        var syntax = BundleSyntax.ofFileName(name);
        if (syntax.isPresent()) {
            var parsed = catalogue.parse(fileName, content, syntax.get());
            return new CatalogueFile(parsed.bundle(), parsed::locate);
        }
        for (ForeignCatalogueFormat format : foreign) {
            if (format.reads(name)) {
                return format.read(fileName, content, options.status(), options.institution());
            }
        }
        throw InvalidInputException.of("file", "'" + fileName + "' is of no type the catalogue imports; use " + TYPES);
    }

    /** Reads and imports a file for a person (see {@link #importFor}). */
    public ImportResult importFile(Actor actor, String fileName, byte[] content, Options options) {
        requireMayImport(actor);
        return importFor(actor, fileName, read(fileName, content, options), options);
    }

    /**
     * Imports what was read, as {@link Catalogue#importBundle} does, once every entry is found to be
     * the actor's to bring in; a dry run is the same import rolled back.
     */
    public ImportResult importFor(Actor actor, String source, CatalogueFile file, Options options) {
        List<String> refusals = whyNot(actor, file.bundle());
        if (!refusals.isEmpty()) {
            throw new ForbiddenException(String.join("; ", refusals));
        }
        String by = actor.name();
        if (!options.dryRun()) {
            return catalogue.importBundle(source, file.bundle(), file.locate(), by, options.acceptFindings());
        }
        return tx.execute(status -> {
            status.setRollbackOnly();
            return catalogue.importBundle(source, file.bundle(), file.locate(), by, options.acceptFindings());
        });
    }

    /** Imports modules from an exam office's CSV export (columns in docs/bundle-format.md). */
    public ImportResult importModulesCsv(String source, byte[] content, String actor) {
        CatalogueFile file = readModulesCsv(source, content);
        return catalogue.importBundle(source, file.bundle(), file.locate(), actor);
    }

    private CatalogueFile readModulesCsv(String source, byte[] content) {
        ModuleCsv.Read read = ModuleCsv.read(source, content);
        // the institutions a CSV names come in only where none is stored: a fuller record is never overwritten
        Map<String, Institution> stored = documents.storedInstitutions();
        CatalogueBundle b = read.bundle();
        CatalogueBundle onlyNew = new CatalogueBundle(b.format(), b.formatVersion(),
                b.institutions().stream().filter(i -> !stored.containsKey(i.id().value())).toList(),
                b.studyProgrammes(), b.modules(), b.microCredentials(), b.microDegrees());
        return new CatalogueFile(onlyNew, read.locate());
    }

    /** Every entry the actor may not bring in, with the reason; institutions unchanged by the file ask nothing. */
    private List<String> whyNot(Actor actor, CatalogueBundle bundle) {
        Map<String, Institution> stored = documents.storedInstitutions();
        Set<String> fresh = new HashSet<>();
        List<String> refusals = new ArrayList<>();
        for (Institution inst : bundle.institutions()) {
            if (inst.id() == null || inst.equals(stored.get(inst.id().value()))) {
                continue;
            }
            boolean isNew = !stored.containsKey(inst.id().value());
            if (isNew) {
                fresh.add(inst.id().value());
            }
            CatalogueAccess.whyNotImport(actor, inst.id(), isNew).ifPresent(refusals::add);
        }
        bundle.items().filter(i -> i.id() != null)
                .forEach(i -> CatalogueAccess.whyNotImport(actor, i, fresh.contains(i.id().institution())).ifPresent(refusals::add));
        return refusals;
    }
}
