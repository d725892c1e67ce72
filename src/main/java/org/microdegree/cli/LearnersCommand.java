package org.microdegree.cli;

import org.microdegree.learners.Learners;
import picocli.CommandLine.Command;

@Command(name = "learners", mixinStandardHelpOptions = true, description = "Learner records: import a registrar's list of learners, and enrolments.", subcommands = {
        LearnersCommand.Import.class, LearnersCommand.Enrol.class})
final class LearnersCommand extends CommandGroup {

    @Command(name = "import", mixinStandardHelpOptions = true, description = {
            "Import learners from a CSV file (columns institution, student_number, name, email, status, birth_date;",
            "see docs/achievements-csv.md). All or nothing; a known student number updates that learner."})
    static final class Import extends CsvFileCommand {
        @Override
        public Integer call() {
            return AchievementsCommand.importCsv(data, file, "updated",
                    (ctx, content, actor) -> ctx.getBean(Learners.class).importCsv(file.toString(), content, actor));
        }
    }

    @Command(name = "enrol", mixinStandardHelpOptions = true, description = {
            "Enrol learners outside any round from a CSV file (columns institution, student_number, kind, item;",
            "see docs/achievements-csv.md). All or nothing; an active enrolment stays as it is."})
    static final class Enrol extends CsvFileCommand {
        @Override
        public Integer call() {
            return AchievementsCommand.importAsJob(data, file, "enrolments.csv", "changed");
        }
    }
}
