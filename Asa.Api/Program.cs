using Asa.Api.Access;
using Asa.Api.Extensions;

if (KeysCommand.IsInvoked(args))
{
    return await KeysCommand.RunAsync(args, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApiServices();

var app = builder.Build();
app.MapApiEndpoints();
app.Run();
return 0;
