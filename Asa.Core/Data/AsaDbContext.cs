using Microsoft.EntityFrameworkCore;

namespace Asa.Core.Data;

/// <summary>The ASA database: Postgres is the source of truth for every task.</summary>
public sealed class AsaDbContext(DbContextOptions<AsaDbContext> options) : DbContext(options)
{
    public const string ConnectionName = "asa-db";

    public DbSet<TaskRecord> Tasks => Set<TaskRecord>();
    public DbSet<TaskEventRecord> TaskEvents => Set<TaskEventRecord>();
    public DbSet<LlmUsageRecord> LlmUsage => Set<LlmUsageRecord>();
    public DbSet<TaskMetricRecord> TaskMetrics => Set<TaskMetricRecord>();
    public DbSet<PromptVersionRecord> PromptVersions => Set<PromptVersionRecord>();
    public DbSet<FeedbackRecord> Feedback => Set<FeedbackRecord>();
    public DbSet<EvaluationCaseRecord> EvaluationCases => Set<EvaluationCaseRecord>();
    public DbSet<EvaluationResultRecord> EvaluationResults => Set<EvaluationResultRecord>();
    public DbSet<EvaluationRunRecord> EvaluationRuns => Set<EvaluationRunRecord>();
    public DbSet<ApiKeyRecord> ApiKeys => Set<ApiKeyRecord>();
    public DbSet<TestRunRecord> TestRuns => Set<TestRunRecord>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<TaskRecord>(task =>
        {
            task.ToTable("tasks");
            task.Property(t => t.Id).ValueGeneratedNever();
            task.Property(t => t.UserId).HasMaxLength(200);
            task.Property(t => t.Status).HasMaxLength(40);
            task.Property(t => t.RepoUrl).HasMaxLength(2048);
            task.Property(t => t.BugDescription).HasMaxLength(5000);
            task.Property(t => t.TestCommand).HasMaxLength(200);
            task.Property(t => t.SetupCommand).HasMaxLength(200);
            task.Property(t => t.BaseBranch).HasMaxLength(255);
            task.Property(t => t.Fixer).HasMaxLength(20);
            task.Property(t => t.Model).HasMaxLength(100);
            task.Property(t => t.Inventory).HasColumnType("jsonb");
            task.Property(t => t.Fix).HasColumnType("jsonb");
            task.Property(t => t.RepairSearch).HasColumnType("jsonb");
            task.Property(t => t.PullRequest).HasColumnType("jsonb");
            task.HasIndex(t => new { t.UserId, t.CreatedAt });
            task.HasIndex(t => new { t.CreatedAt, t.Id });
            // Admission control counts unfinished tasks on every submit; keep that index small.
            task.HasIndex(t => t.Status)
                .HasDatabaseName("ix_tasks_active_status")
                .HasFilter("status NOT IN ('COMPLETED', 'FAILED', 'CANCELLED')");
        });

        model.Entity<TaskEventRecord>(evt =>
        {
            evt.ToTable("task_events");
            evt.HasOne<TaskRecord>().WithMany().HasForeignKey(e => e.TaskId).OnDelete(DeleteBehavior.Cascade);
            evt.HasIndex(e => new { e.TaskId, e.Seq }).IsUnique();
            evt.HasIndex(e => new { e.TaskId, e.DedupeKey }).IsUnique().HasFilter("dedupe_key IS NOT NULL");
        });

        model.Entity<LlmUsageRecord>(usage =>
        {
            usage.ToTable("llm_usage");
            usage.Property(u => u.CostUsd).HasPrecision(12, 6);
            usage.HasIndex(u => new { u.UserId, u.CreatedAt });
            usage.HasIndex(u => u.TaskId);
            usage.HasOne<PromptVersionRecord>().WithMany().HasForeignKey(u => u.PromptVersionId).OnDelete(DeleteBehavior.Restrict);
        });

        model.Entity<TaskMetricRecord>(metric =>
        {
            metric.ToTable("task_metrics");
            metric.HasIndex(m => new { m.TaskId, m.Name });
        });

        model.Entity<PromptVersionRecord>(prompt =>
        {
            prompt.ToTable("prompt_versions");
            prompt.HasIndex(p => new { p.Name, p.Version, p.Checksum }).IsUnique();
        });

        model.Entity<FeedbackRecord>(feedback =>
        {
            feedback.ToTable("feedback");
            feedback.HasOne<TaskRecord>().WithMany().HasForeignKey(f => f.TaskId).OnDelete(DeleteBehavior.Cascade);
            feedback.HasIndex(f => f.TaskId);
        });

        model.Entity<TestRunRecord>(run =>
        {
            run.ToTable("test_runs");
            run.HasOne<TaskRecord>().WithMany().HasForeignKey(r => r.TaskId).OnDelete(DeleteBehavior.Cascade);
            run.Property(r => r.Phase).HasMaxLength(40);
            run.Property(r => r.Command).HasMaxLength(200);
            run.HasIndex(r => new { r.TaskId, r.Phase, r.Attempt }).IsUnique();
        });

        model.Entity<ApiKeyRecord>(key =>
        {
            key.ToTable("api_keys");
            key.Property(k => k.Id).HasMaxLength(32).ValueGeneratedNever();
            key.Property(k => k.UserId).HasMaxLength(200);
            key.HasIndex(k => k.UserId);
        });

        model.Entity<EvaluationCaseRecord>(evaluationCase =>
        {
            evaluationCase.ToTable("evaluation_cases");
            evaluationCase.Property(c => c.Name).HasMaxLength(100);
            evaluationCase.Property(c => c.CheckFiles).HasColumnType("jsonb");
            evaluationCase.HasIndex(c => c.Name).IsUnique();
        });

        model.Entity<EvaluationRunRecord>(run =>
        {
            run.ToTable("evaluation_runs");
            run.Property(r => r.Id).HasMaxLength(40).ValueGeneratedNever();
            run.Property(r => r.UserId).HasMaxLength(200);
            run.HasIndex(r => r.CreatedAt);
        });

        model.Entity<EvaluationResultRecord>(result =>
        {
            result.ToTable("evaluation_results");
            result.HasOne<EvaluationCaseRecord>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
            result.Property(r => r.CostUsd).HasPrecision(12, 6);
            result.HasOne<EvaluationRunRecord>().WithMany().HasForeignKey(r => r.RunId).OnDelete(DeleteBehavior.Cascade);
            result.Property(r => r.State).HasMaxLength(20);
            result.Property(r => r.TaskStatus).HasMaxLength(40);
            result.HasIndex(r => new { r.RunId, r.CaseId }).IsUnique();
            // The worker's checker looks for results whose task has ended; keep that scan to the unfinished ones.
            result.HasIndex(r => r.TaskId).HasFilter("state IN ('running', 'checking')").HasDatabaseName("ix_evaluation_results_unfinished");
        });
    }
}
