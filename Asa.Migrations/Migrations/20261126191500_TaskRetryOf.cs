using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Asa.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class TaskRetryOf : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "retry_of",
                table: "tasks",
                type: "uuid",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "retry_of",
                table: "tasks");
        }
    }
}
