package org.microdegree.cli;

import java.util.concurrent.Callable;
import org.microdegree.credentials.DidDocuments;
import org.microdegree.credentials.SigningKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

@Command(name = "keys", mixinStandardHelpOptions = true, description = "Signing keys: the DID documents that publish them, and rotation.", subcommands = {
        KeysCommand.DidDocument.class, KeysCommand.Rotate.class})
final class KeysCommand extends CommandGroup {

    @Command(name = "did-document", mixinStandardHelpOptions = true, description = "Print the installation's DID document (as /.well-known/did.json serves it), or one institution's.")
    static final class DidDocument implements Callable<Integer> {
        @Mixin DataOptions data;
        @Option(names = "--institution", paramLabel = "ID", description = "This institution's document.") String institution;

        @Override
        public Integer call() {
            Runtime.inContext(data, ctx -> {
                DidDocuments dids = ctx.getBean(DidDocuments.class);
                Object doc = institution == null ? dids.installation() : dids.institution(institution);
                Cli.stdout().println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(doc));
            });
            return Cli.OK;
        }
    }

    @Command(name = "rotate", mixinStandardHelpOptions = true, description = "Retire an institution's signing key and make a new one; certificates signed before still verify.")
    static final class Rotate implements Callable<Integer> {
        @Mixin DataOptions data;
        @Parameters(paramLabel = "INSTITUTION") String institution;

        @Override
        public Integer call() {
            Runtime.inContext(data,
                    ctx -> Cli.stdout().println("new key: " + ctx.getBean(SigningKeys.class).rotate(institution, CertificatesCommand.operator())));
            return Cli.OK;
        }
    }
}
