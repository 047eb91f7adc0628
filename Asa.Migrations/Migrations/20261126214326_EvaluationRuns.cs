using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Asa.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class EvaluationRuns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "fixer",
                table: "tasks",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "model",
                table: "tasks",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "run_id",
                table: "evaluation_results",
                type: "character varying(40)",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AddColumn<DateTime>(
                name: "check_claimed_at",
                table: "evaluation_results",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "check_claimed_by",
                table: "evaluation_results",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "recorded_at",
                table: "evaluation_results",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "state",
                table: "evaluation_results",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "recorded");

            migrationBuilder.AddColumn<string>(
                name: "summary",
                table: "evaluation_results",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "task_status",
                table: "evaluation_results",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "name",
                table: "evaluation_cases",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AddColumn<string>(
                name: "check_files",
                table: "evaluation_cases",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "updated_at",
                table: "evaluation_cases",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.CreateTable(
                name: "evaluation_runs",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    user_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    label = table.Column<string>(type: "text", nullable: true),
                    fixer = table.Column<string>(type: "text", nullable: true),
                    model = table.Column<string>(type: "text", nullable: true),
                    category = table.Column<string>(type: "text", nullable: true),
                    difficulty = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    finished_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_evaluation_runs", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_evaluation_results_unfinished",
                table: "evaluation_results",
                column: "task_id",
                filter: "state IN ('running', 'checking')");

            migrationBuilder.CreateIndex(
                name: "ix_evaluation_runs_created_at",
                table: "evaluation_runs",
                column: "created_at");

            migrationBuilder.AddForeignKey(
                name: "fk_evaluation_results_evaluation_runs_run_id",
                table: "evaluation_results",
                column: "run_id",
                principalTable: "evaluation_runs",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_evaluation_results_evaluation_runs_run_id",
                table: "evaluation_results");

            migrationBuilder.DropTable(
                name: "evaluation_runs");

            migrationBuilder.DropIndex(
                name: "ix_evaluation_results_unfinished",
                table: "evaluation_results");

            migrationBuilder.DropColumn(
                name: "fixer",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "model",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "check_claimed_at",
                table: "evaluation_results");

            migrationBuilder.DropColumn(
                name: "check_claimed_by",
                table: "evaluation_results");

            migrationBuilder.DropColumn(
                name: "recorded_at",
                table: "evaluation_results");

            migrationBuilder.DropColumn(
                name: "state",
                table: "evaluation_results");

            migrationBuilder.DropColumn(
                name: "summary",
                table: "evaluation_results");

            migrationBuilder.DropColumn(
                name: "task_status",
                table: "evaluation_results");

            migrationBuilder.DropColumn(
                name: "check_files",
                table: "evaluation_cases");

            migrationBuilder.DropColumn(
                name: "updated_at",
                table: "evaluation_cases");

            migrationBuilder.AlterColumn<string>(
                name: "run_id",
                table: "evaluation_results",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(40)");

            migrationBuilder.AlterColumn<string>(
                name: "name",
                table: "evaluation_cases",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100);
        }
    }
}
