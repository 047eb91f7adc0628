var builder = Host.CreateApplicationBuilder(args);
builder.AddServiceDefaults();
builder.Build().Run();
