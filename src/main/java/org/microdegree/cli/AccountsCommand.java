package org.microdegree.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.microdegree.accounts.Account;
import org.microdegree.accounts.Accounts;
import org.microdegree.catalog.Catalogue;
import org.microdegree.shared.Grant;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.NotFoundException;
import org.microdegree.shared.Role;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "accounts", mixinStandardHelpOptions = true, description = "Accounts for the web application and the API: create the first admin, list, disable, enable, grant and revoke roles.", subcommands = {
        AccountsCommand.CreateAdmin.class, AccountsCommand.ListAccounts.class, AccountsCommand.Disable.class,
        AccountsCommand.Enable.class, AccountsCommand.GrantRole.class, AccountsCommand.RevokeRole.class,
        AccountsCommand.SetPassword.class})
final class AccountsCommand extends CommandGroup {

    static void describe(Account a, PrintWriter out) {
        out.printf("%-36s %-8s %s%s%n", a.email(), a.enabled() ? "enabled" : "disabled",
                a.grants().isEmpty() ? "(no roles)" : String.join(", ", a.grants().stream().map(Grant::toString).sorted().toList()),
                a.ssoIssuer() == null ? "" : "  (single sign-on)");
    }

    /** A role at an institution that exists in the catalogue. */
    static Grant grant(ConfigurableApplicationContext ctx, String role, String institution) {
        Role r = Role.fromCode(role).orElseThrow(() -> new UsageException("--role: '" + role + "' is not one of: " + Role.codes()));
        if (!InstitutionId.isValid(institution) || ctx.getBean(Catalogue.class).institution(institution).isEmpty()) {
            throw new UsageException("--institution: '" + institution + "' is not an institution of the catalogue"
                    + " (import the catalogue first; institutions: "
                    + String.join(", ", ctx.getBean(Catalogue.class).institutions().stream().map(i -> i.id().value()).toList()) + ")");
        }
        return new Grant(r, InstitutionId.of(institution));
    }

    /** Reads a password without showing it: from standard input with --password-stdin, else at a prompt (twice). */
    static char[] password(boolean fromStdin) {
        try {
            if (fromStdin) {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null || line.isEmpty()) {
                    throw new UsageException("--password-stdin: standard input holds no password");
                }
                return line.toCharArray();
            }
        } catch (IOException e) {
            throw new UsageException("cannot read the password from standard input: " + e.getMessage());
        }
        Console console = System.console();
        if (console == null) {
            throw new UsageException("no terminal to ask for the password: pass it on standard input with --password-stdin");
        }
        char[] first = console.readPassword("Password (at least %d characters): ", Accounts.MIN_PASSWORD_LENGTH);
        char[] second = console.readPassword("The same again: ");
        if (first == null || !Arrays.equals(first, second)) {
            throw new UsageException("the two passwords differ");
        }
        return first;
    }

    @Command(name = "create-admin", mixinStandardHelpOptions = true, description = {
            "Create an account with the role admin at an institution: the first sign-in for 'serve'.",
            "The password is asked for at a prompt, or read from standard input with --password-stdin."})
    static final class CreateAdmin implements Callable<Integer> {
        @Mixin DataOptions data;
        @Option(names = "--email", required = true, paramLabel = "E-MAIL") String email;
        @Option(names = "--institution", required = true, paramLabel = "ID", description = "An institution of the catalogue, e.g. luh.") String institution;
        @Option(names = "--name", paramLabel = "NAME", description = "The person's name (default: the e-mail address).")
        @Nullable String name;
        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.") boolean passwordStdin;

        @Override
        public Integer call() {
            Runtime.inContext(data, ctx -> {
                Grant admin = grant(ctx, "admin", institution);
                char[] password = password(passwordStdin);
                Account a = ctx.getBean(Accounts.class).create(email, name == null ? "" : name, password, Set.of(admin));
                Arrays.fill(password, ' ');
                PrintWriter out = Cli.stdout();
                out.println("Created:");
                describe(a, out);
            });
            return Cli.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List every account with its roles.")
    static final class ListAccounts implements Callable<Integer> {
        @Mixin DataOptions data;

        @Override
        public Integer call() {
            Runtime.inContext(data, ctx -> {
                PrintWriter out = Cli.stdout();
                var all = ctx.getBean(Accounts.class).list();
                all.forEach(a -> describe(a, out));
                out.println(all.size() + " account(s)");
            });
            return Cli.OK;
        }
    }

    /** Sets whether an account may sign in; its tokens follow. */
    abstract static class SetEnabled implements Callable<Integer> {
        @Mixin DataOptions data;
        @Parameters(paramLabel = "E-MAIL") String email;

        abstract boolean enabled();

        @Override
        public Integer call() {
            Runtime.inContext(data, ctx -> describe(ctx.getBean(Accounts.class).setEnabled(email, enabled()), Cli.stdout()));
            return Cli.OK;
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true, description = "Disable an account: it can no longer sign in, and its tokens stop working.")
    static final class Disable extends SetEnabled {
        @Override
        boolean enabled() {
            return false;
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, description = "Enable a disabled account again.")
    static final class Enable extends SetEnabled {
        @Override
        boolean enabled() {
            return true;
        }
    }

    /** Whose role changes, and which role where: the arguments of grant and revoke. */
    static final class RoleAtInstitution {
        @Parameters(paramLabel = "E-MAIL") String email;
        @Option(names = "--role", required = true, paramLabel = "ROLE") String role;
        @Option(names = "--institution", required = true, paramLabel = "ID") String institution;
    }

    @Command(name = "grant", mixinStandardHelpOptions = true, description = "Grant a role at an institution: admin, designer, quality, registrar or learner.")
    static final class GrantRole implements Callable<Integer> {
        @Mixin DataOptions data;
        @Mixin RoleAtInstitution change;

        @Override
        public Integer call() {
            Runtime.inContext(data, ctx -> describe(ctx.getBean(Accounts.class).grant(change.email, grant(ctx, change.role, change.institution)),
                    Cli.stdout()));
            return Cli.OK;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a role at an institution.")
    static final class RevokeRole implements Callable<Integer> {
        @Mixin DataOptions data;
        @Mixin RoleAtInstitution change;

        @Override
        public Integer call() {
            Role r = Role.fromCode(change.role).orElseThrow(() -> new UsageException("--role: '" + change.role + "' is not one of: " + Role.codes()));
            // a role may be revoked at an institution the catalogue no longer lists
            if (!InstitutionId.isValid(change.institution)) {
                throw new UsageException("--institution: '" + change.institution + "' is not an institution id");
            }
            Runtime.inContext(data, ctx -> describe(ctx.getBean(Accounts.class).revoke(change.email, new Grant(r, InstitutionId.of(change.institution))),
                    Cli.stdout()));
            return Cli.OK;
        }
    }

    @Command(name = "set-password", mixinStandardHelpOptions = true, description = "Set an account's password (at a prompt, or with --password-stdin).")
    static final class SetPassword implements Callable<Integer> {
        @Mixin DataOptions data;
        @Parameters(paramLabel = "E-MAIL") String email;
        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.") boolean passwordStdin;

        @Override
        public Integer call() {
            Runtime.inContext(data, ctx -> {
                Accounts accounts = ctx.getBean(Accounts.class);
                accounts.byEmail(email).orElseThrow(() -> new NotFoundException("no account has the e-mail address " + email));
                char[] password = password(passwordStdin);
                accounts.resetPassword(email, password);
                Arrays.fill(password, ' ');
                Cli.stdout().println("Password set.");
            });
            return Cli.OK;
        }
    }
}
