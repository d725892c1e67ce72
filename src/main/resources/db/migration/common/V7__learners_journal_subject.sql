-- a journal subject names a result by its id (institution and the exam office's reference, up to 141 characters)
alter table learners_journal alter column subject set data type varchar(200);
