using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Asa.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class EngineRepairSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "repair_search",
                table: "tasks",
                type: "jsonb",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "repair_search",
                table: "tasks");
        }
    }
}
