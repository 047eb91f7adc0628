using Asa.Cli;

return await AsaCommandLine.RunAsync(args, CliHost.FromProcess());
