using Asa.Sandbox.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddSandboxServices();

var app = builder.Build();
app.MapSandboxEndpoints();
app.Run();
