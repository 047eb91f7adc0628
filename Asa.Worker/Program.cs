using Asa.Worker.Extensions;

var builder = Host.CreateApplicationBuilder(args);
builder.AddServiceDefaults();
builder.AddWorkerServices();
builder.Build().Run();
