package org.microdegree.web.pages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.microdegree.jobs.Jobs;
import org.microdegree.learners.ImportSummary;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.NotFoundException;
import org.microdegree.shared.Role;
import org.microdegree.shared.Violation;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Registrars' and admins' bulk jobs in the browser: running and past jobs with their progress,
 * counts and reasons (the table refreshes itself while a job runs), restarting one that failed,
 * awarding everything met, and the exam office's import: upload a CSV, see its first rows and what
 * importing it would do (or every error, by line), then run it as a job.
 */
@Controller
class JobsController {

    /** The parts a registrar uploads, by what they hold. */
    static final List<String> PARTS = List.of("achievements.csv", "enrolments.csv", "learners.csv");

    private final Jobs jobs;
    private final UploadFolders uploads;

    JobsController(Jobs jobs, UploadFolders uploads) {
        this.jobs = jobs;
        this.uploads = uploads;
    }

    private static void requireDesk(Actor actor) {
        if (!actor.hasAnywhere(Role.REGISTRAR)) {
            throw new ForbiddenException("bulk jobs are for registrars and admins");
        }
    }

    @GetMapping("/jobs")
    String list(Actor actor, Model model) {
        requireDesk(actor);
        model.addAttribute("jobs", jobs.recent(20));
        return "jobs/list";
    }

    /** The table alone: the page polls it while a job runs. */
    @GetMapping("/jobs/table")
    String table(Actor actor, Model model) {
        requireDesk(actor);
        model.addAttribute("jobs", jobs.recent(20));
        return "jobs/list :: table";
    }

    @GetMapping("/jobs/{id}")
    String show(@PathVariable long id, Actor actor, Model model) {
        requireDesk(actor);
        model.addAttribute("job", jobs.find(id).orElseThrow(() -> new NotFoundException("no job " + id)));
        return "jobs/show";
    }

    @PostMapping("/jobs/{id}/restart")
    String restart(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        requireDesk(actor);
        jobs.find(id).orElseThrow(() -> new NotFoundException("no job " + id));
        jobs.restartInBackground(id, actor);
        redirect.addFlashAttribute("done", "jobs.restarted");
        return "redirect:/jobs";
    }

    @PostMapping("/jobs/award")
    String award(@RequestParam(defaultValue = "false") boolean confirm, Actor actor, RedirectAttributes redirect) {
        requireDesk(actor);
        jobs.awardInBackground(confirm, actor);
        redirect.addFlashAttribute("done", "jobs.awardStarted");
        return "redirect:/jobs";
    }

    @GetMapping("/jobs/import")
    String importForm(Actor actor, Model model) {
        requireDesk(actor);
        model.addAttribute("parts", PARTS);
        model.addAttribute("part", PARTS.getFirst());
        return "jobs/import";
    }

    /** The first rows of the file and what importing it would do, or every error; nothing is written. */
    @PostMapping("/jobs/import")
    String preview(@RequestParam(required = false) String part, @RequestParam(value = "file", required = false) MultipartFile file,
            Actor actor, Model model) throws IOException {
        // who asks is checked before anything of the request is looked at
        requireDesk(actor);
        model.addAttribute("parts", PARTS);
        model.addAttribute("part", part);
        List<String> errors = new ArrayList<>();
        if (part == null || !PARTS.contains(part)) {
            errors.add("part: not one of " + PARTS);
        }
        if (file == null || file.isEmpty()) {
            errors.add("file: choose a CSV file");
        }
        if (!errors.isEmpty() || file == null || part == null) {
            model.addAttribute("fieldErrors", errors);
            model.addAttribute("part", part != null && PARTS.contains(part) ? part : PARTS.getFirst());
            return "jobs/import";
        }
        byte[] content = file.getBytes();
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                ? part
                : Path.of(file.getOriginalFilename()).getFileName().toString();
        model.addAttribute("fileName", name);
        model.addAttribute("rows", firstRows(content));
        try {
            ImportSummary s = jobs.preview(part, content, name, actor);
            model.addAttribute("summary", s);
            Path dir = uploads.create();
            Files.write(dir.resolve(part), content);
            Files.writeString(dir.resolve(".name"), name);
            model.addAttribute("token", dir.getFileName().toString());
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.violations().stream().map(Violation::describe).limit(200).toList());
            model.addAttribute("problemCount", e.violations().size());
        }
        return "jobs/import";
    }

    /** Runs the previewed import as a job; its page follows it. */
    @PostMapping("/jobs/import/{token}")
    String run(@PathVariable String token, Actor actor, RedirectAttributes redirect) throws IOException {
        requireDesk(actor);
        Path dir = uploads.find(token).orElseThrow(() -> new NotFoundException("no upload " + token + " (upload the file again)"));
        String name = Files.readString(dir.resolve(".name"));
        jobs.importInBackground(dir, name, actor);
        redirect.addFlashAttribute("done", "jobs.importStarted");
        return "redirect:/jobs";
    }

    /** The ZIP an export job wrote, for whoever started it. */
    @GetMapping("/jobs/{id}/certificates.zip")
    ResponseEntity<Resource> download(@PathVariable long id, Actor actor) {
        requireDesk(actor);
        Path zip = jobs.exportFile(id, actor).orElseThrow(() -> new NotFoundException("job " + id + " has written no export (yet)"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"certificates-" + id + ".zip\"").body(new FileSystemResource(zip));
    }

    /** The header and the first five rows, split at ';' or ',' as the importer does. */
    static List<List<String>> firstRows(byte[] content) {
        List<List<String>> out = new ArrayList<>();
        String text = new String(content, StandardCharsets.UTF_8).replace("\uFEFF", "");
        String[] lines = text.split("\\R", 7);
        String sep = lines.length > 0 && lines[0].contains(";") ? ";" : ",";
        for (int i = 0; i < Math.min(6, lines.length); i++) {
            if (!lines[i].isBlank()) {
                out.add(List.of(lines[i].split(Pattern.quote(sep), -1)));
            }
        }
        return out;
    }

}
