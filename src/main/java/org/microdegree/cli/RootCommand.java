package org.microdegree.cli;

import picocli.CommandLine.Command;

@Command(name = "microdegree", mixinStandardHelpOptions = true, versionProvider = Version.class, description = "Design, check, run and award micro-credentials and micro-degree programmes.", subcommands = {
        ServeCommand.class, DemoCommand.class, ImportCommand.class, AnalyticsCommand.class, ExportCommand.class,
        GenerateCommand.class, ValidateCommand.class, ProfilesCommand.class, AccountsCommand.class, LearnersCommand.class, AchievementsCommand.class,
        AuditCommand.class,
        AwardCommand.class, JobsCommand.class, BackupCommand.Backup.class, BackupCommand.Restore.class, CertificatesCommand.class, DesignCommand.class,
        KeysCommand.class, LabourMarketCommand.class, ProposalsCommand.class, SkillsCommand.class, VerifyCommand.class,
        picocli.CommandLine.HelpCommand.class}, footer = {"",
                "Exit codes: 0 ok, 1 findings or failure, 2 bad input.",
                "Database: an embedded H2 file under --data, or PostgreSQL via MICRODEGREE_DB_URL (with MICRODEGREE_DB_USER, MICRODEGREE_DB_PASSWORD)."})
final class RootCommand implements Runnable {

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
