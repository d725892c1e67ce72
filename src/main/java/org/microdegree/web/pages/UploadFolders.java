package org.microdegree.web.pages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the desk keeps a checked upload until its user confirms the job, and the files a job
 * writes for her: one folder per upload, named by a random token that the next form carries.
 */
@Component
class UploadFolders {

    private final Path root;

    UploadFolders(@Value("${microdegree.jobs.uploads:${java.io.tmpdir}/microdegree-uploads}") String root) {
        this.root = Path.of(root);
    }

    /** A new, empty folder; its name is the token. */
    Path create() throws IOException {
        return Files.createDirectories(root.resolve(UUID.randomUUID().toString()));
    }

    /** The folder a token names, if it is one and still there (a token is never a path). */
    Optional<Path> find(String token) {
        if (!token.matches("[0-9a-f-]{36}")) {
            return Optional.empty();
        }
        Path dir = root.resolve(token);
        return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
    }
}
