using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Asa.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class PromptVersionOfModelCalls : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "prompt_version_id",
                table: "llm_usage",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_llm_usage_prompt_version_id",
                table: "llm_usage",
                column: "prompt_version_id");

            migrationBuilder.AddForeignKey(
                name: "fk_llm_usage_prompt_versions_prompt_version_id",
                table: "llm_usage",
                column: "prompt_version_id",
                principalTable: "prompt_versions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_llm_usage_prompt_versions_prompt_version_id",
                table: "llm_usage");

            migrationBuilder.DropIndex(
                name: "ix_llm_usage_prompt_version_id",
                table: "llm_usage");

            migrationBuilder.DropColumn(
                name: "prompt_version_id",
                table: "llm_usage");
        }
    }
}
