package org.microdegree.cli;

import java.util.concurrent.Callable;
import org.microdegree.credentials.Certificates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "award", mixinStandardHelpOptions = true,
        description = {"Issue the certificates learners have earned and not yet received: every micro-credential and programme",
                "version the audit found met. Safe to run again or side by side: each certificate is issued once."})
final class AwardCommand implements Callable<Integer> {

    @Mixin
    DataOptions data;
    @Option(names = "--all", required = true, description = "Every met credential without a certificate.")
    boolean all;
    @Option(names = "--confirm", description = "Also issue those whose certificates wait for a registrar's confirmation: this run confirms them.")
    boolean confirm;

    @Override
    public Integer call() {
        Runtime.inContext(data, ctx -> {
            Certificates.Summary s = ctx.getBean(Certificates.class).awardAll(CertificatesCommand.operator(), confirm);
            Cli.stdout().printf("issued %d certificate(s); %d issued before; %d awaiting partners' approval; %d awaiting confirmation"
                    + " (--confirm); %d failed (%d ms)%n", s.issued(), s.alreadyIssued(), s.awaitingApproval(), s.awaitingConfirmation(), s.failed(), s.millis());
        });
        return Cli.OK;
    }
}
