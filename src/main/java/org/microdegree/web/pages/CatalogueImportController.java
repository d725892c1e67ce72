package org.microdegree.web.pages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.CatalogueImports;
import org.microdegree.catalog.ImportResult;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.NotFoundException;
import org.microdegree.shared.Violation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A catalogue manager's import in the browser: upload a bundle, a module CSV or a partner's Europass
 * learning opportunities; see what importing it would do (a dry run: every check, nothing written)
 * or every error with its place, and every entry that is not theirs to bring in; then import it.
 */
@Controller
class CatalogueImportController {

    private final CatalogueImports imports;
    private final UploadFolders uploads;

    CatalogueImportController(CatalogueImports imports, UploadFolders uploads) {
        this.imports = imports;
        this.uploads = uploads;
    }

    @GetMapping("/design/import")
    String form(Actor actor, Model model) {
        CatalogueImports.requireMayImport(actor);
        model.addAttribute("status", "draft");
        return "design/import";
    }

    /** A dry run of the upload: what it would do, or every problem; the file waits for the confirmation. */
    @PostMapping("/design/import")
    String check(@RequestParam(value = "file", required = false) @Nullable MultipartFile file, @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String institution, @RequestParam(defaultValue = "false") boolean acceptFindings,
            Actor actor, Model model) throws IOException {
        CatalogueImports.requireMayImport(actor);
        model.addAttribute("status", status);
        model.addAttribute("institution", institution);
        model.addAttribute("acceptFindings", acceptFindings);
        String name = file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                ? null
                : Path.of(file.getOriginalFilename()).getFileName().toString();
        CatalogueImports.Options options;
        try {
            options = CatalogueImports.Options.of(status, institution, acceptFindings, true);
            if (file == null || file.isEmpty() || name == null) {
                throw InvalidInputException.of("file", "choose a file (" + CatalogueImports.TYPES + ")");
            }
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> model.addAttribute(fieldOf(v) + "Error", v.reason()));
            return "design/import";
        }
        model.addAttribute("fileName", name);
        byte[] content = file.getBytes();
        try {
            model.addAttribute("result", imports.importFile(actor, name, content, options));
            Path dir = uploads.create();
            Files.write(dir.resolve("upload"), content);
            Properties p = new Properties();
            p.setProperty("name", name);
            p.setProperty("status", options.status().code());
            if (options.institution() != null) {
                p.setProperty("institution", options.institution());
            }
            p.setProperty("acceptFindings", String.valueOf(acceptFindings));
            try (var out = Files.newBufferedWriter(dir.resolve(".options"))) {
                p.store(out, null);
            }
            model.addAttribute("token", dir.getFileName().toString());
        } catch (InvalidInputException e) {
            problems(model, e.violations().stream().map(Violation::describe).toList());
        } catch (ForbiddenException e) {
            model.addAttribute("refusals", List.of(e.getMessage().split("; ")));
        }
        return "design/import";
    }

    /** Imports the checked upload as it was checked. */
    @PostMapping("/design/import/{token}")
    String run(@PathVariable String token, Actor actor, Model model, RedirectAttributes redirect) throws IOException {
        CatalogueImports.requireMayImport(actor);
        Path dir = uploads.find(token).filter(d -> Files.exists(d.resolve(".options")))
                .orElseThrow(() -> new NotFoundException("no upload " + token + " (upload the file again)"));
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(dir.resolve(".options"))) {
            p.load(in);
        }
        String name = p.getProperty("name");
        var options = CatalogueImports.Options.of(p.getProperty("status"), p.getProperty("institution"),
                Boolean.parseBoolean(p.getProperty("acceptFindings")), false);
        try {
            ImportResult result = imports.importFile(actor, name, Files.readAllBytes(dir.resolve("upload")), options);
            redirect.addFlashAttribute("imported", result);
            return "redirect:/design/import";
        } catch (InvalidInputException e) {
            // the catalogue changed since the check: the same answer as a check
            model.addAttribute("fileName", name);
            model.addAttribute("status", options.status().code());
            problems(model, e.violations().stream().map(Violation::describe).toList());
            return "design/import";
        }
    }

    private static void problems(Model model, List<String> problems) {
        model.addAttribute("problems", problems.stream().limit(200).toList());
        model.addAttribute("problemCount", problems.size());
    }

    private static String fieldOf(Violation v) {
        return switch (v.path()) {
            case "status", "institution" -> v.path();
            default -> "file";
        };
    }
}
