package org.microdegree.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.microdegree.credentials.Verification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "verify", mixinStandardHelpOptions = true, description = {
        "Verify a credential (JSON) or a certificate PDF: signature, issuer key, status, validity dates, structure.",
        "Exit 0 when valid, 1 when invalid or revoked, 2 when the file cannot be read."})
final class VerifyCommand implements Callable<Integer> {

    @Mixin DataOptions data;
    @Parameters(paramLabel = "FILE") Path file;

    @Override
    public Integer call() {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UsageException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        AtomicInteger exit = new AtomicInteger();
        Runtime.inContext(data, ctx -> {
            Verification.Outcome o;
            try {
                o = ctx.getBean(Verification.class).verifyUpload(content);
            } catch (Verification.Unreadable e) {
                throw new UsageException(file + ": " + e.getMessage());
            }
            for (Verification.Check c : o.checks()) {
                Cli.stdout().printf("%-4s %-10s %s%n", c.passed() ? "ok" : "FAIL", c.name(), c.detail());
            }
            Cli.stdout().println(o.valid() ? "valid" : "invalid");
            exit.set(o.valid() ? Cli.OK : Cli.FINDINGS);
        });
        return exit.get();
    }
}
