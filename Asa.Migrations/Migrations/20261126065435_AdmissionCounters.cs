using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Asa.Migrations.Migrations
{
    /// <summary>
    /// Counters for admission control, kept by triggers on <c>tasks</c> so no code path can forget them:
    /// admission reads two small rows instead of counting tasks, which grew with the queue and the user's day.
    /// </summary>
    public partial class AdmissionCounters : Migration
    {
        private const string Terminal = "('COMPLETED', 'FAILED', 'CANCELLED')";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Stripe 0 takes new tasks (admission, which is serialised anyway); stripes 1-16 take tasks that end,
            // so an admission never waits on the row lock of a task ending in a slower transaction.
            migrationBuilder.Sql($"""
                LOCK TABLE tasks IN SHARE ROW EXCLUSIVE MODE;
                CREATE TABLE task_counts (stripe smallint PRIMARY KEY, active bigint NOT NULL);
                INSERT INTO task_counts SELECT 0, count(*) FROM tasks WHERE status NOT IN {Terminal};
                INSERT INTO task_counts SELECT s, 0 FROM generate_series(1, 16) s;

                CREATE TABLE user_daily_submissions (
                    user_id varchar(200) NOT NULL,
                    day date NOT NULL,
                    submitted bigint NOT NULL,
                    PRIMARY KEY (user_id, day));
                INSERT INTO user_daily_submissions
                SELECT user_id, (created_at AT TIME ZONE 'UTC')::date, count(*) FROM tasks GROUP BY 1, 2;

                CREATE FUNCTION tasks_count_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF EXISTS (SELECT 1 FROM inserted) THEN
                        UPDATE task_counts SET active = active + (SELECT count(*) FROM inserted WHERE status NOT IN {Terminal})
                         WHERE stripe = 0;
                        INSERT INTO user_daily_submissions AS s (user_id, day, submitted)
                        SELECT user_id, (created_at AT TIME ZONE 'UTC')::date, count(*) FROM inserted GROUP BY 1, 2
                        ON CONFLICT (user_id, day) DO UPDATE SET submitted = s.submitted + EXCLUDED.submitted;
                    END IF;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER tasks_count_inserted AFTER INSERT ON tasks
                    REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION tasks_count_inserted();

                CREATE FUNCTION tasks_count_ended() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE task_counts
                       SET active = active + CASE WHEN TG_OP = 'UPDATE' AND NEW.status NOT IN {Terminal} THEN 1 ELSE -1 END
                     WHERE stripe = 1 + (hashtext(OLD.id::text) & 15);
                    RETURN NULL;
                END $$;
                CREATE TRIGGER tasks_count_ended AFTER UPDATE OF status ON tasks FOR EACH ROW
                    WHEN ((OLD.status IN {Terminal}) <> (NEW.status IN {Terminal})) EXECUTE FUNCTION tasks_count_ended();
                CREATE TRIGGER tasks_count_deleted AFTER DELETE ON tasks FOR EACH ROW
                    WHEN (OLD.status NOT IN {Terminal}) EXECUTE FUNCTION tasks_count_ended();

                -- TRUNCATE fires no row triggers; tests that empty the table would otherwise leave the counters behind.
                CREATE FUNCTION tasks_count_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE task_counts SET active = 0;
                    DELETE FROM user_daily_submissions;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER tasks_count_truncated AFTER TRUNCATE ON tasks
                    FOR EACH STATEMENT EXECUTE FUNCTION tasks_count_truncated();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER tasks_count_truncated ON tasks;
                DROP TRIGGER tasks_count_deleted ON tasks;
                DROP TRIGGER tasks_count_ended ON tasks;
                DROP TRIGGER tasks_count_inserted ON tasks;
                DROP FUNCTION tasks_count_truncated();
                DROP FUNCTION tasks_count_ended();
                DROP FUNCTION tasks_count_inserted();
                DROP TABLE user_daily_submissions;
                DROP TABLE task_counts;
                """);
        }
    }
}
