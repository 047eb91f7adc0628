using System.Text.Json;
using Asa.Tests.Infrastructure;

namespace Asa.Tests.AppModel;

/// <summary>
/// What <c>dotnet publish -t:PublishContainer</c> (and so azd) would build for each service, read from the SDK's own
/// container targets; building an image needs the base images' registry, which this machine cannot reach.
/// </summary>
public sealed class ContainerImageTests
{
    [Theory]
    [InlineData("Asa.Api", "asa-api", "5180,5181")]
    [InlineData("Asa.Sandbox", "asa-sandbox", "5190,5191")]
    [InlineData("Asa.Worker", "asa-worker", "")]
    [InlineData("Asa.Migrations", "asa-migrations", "")]
    public async Task EachServicePublishesAsAnAspNetCoreImageOfItsOwnName(string project, string repository, string ports)
    {
        var result = await Command.RunAsync(new ProcessSpec("msbuild", "dotnet",
            ["msbuild", Path.Combine(SolutionPaths.Root, project, $"{project}.csproj"), "-nologo", "-t:ComputeContainerConfig",
             $"-p:Configuration={SolutionPaths.Configuration}", "-p:RuntimeIdentifier=linux-x64",
             "-getProperty:ContainerRepository", "-getProperty:ContainerBaseImage", "-getProperty:ContainerImageTag",
             "-getProperty:EnableSdkContainerSupport", "-getProperty:IsPublishable", "-getItem:ContainerPort", "-getItem:ContainerAppCommand"]),
            TimeSpan.FromMinutes(2));

        Assert.True(result.ExitCode == 0, result.Text);
        using var evaluation = JsonDocument.Parse(result.Text[result.Text.IndexOf('{', StringComparison.Ordinal)..]);
        var properties = evaluation.RootElement.GetProperty("Properties");
        var items = evaluation.RootElement.GetProperty("Items");
        Assert.Equal(repository, properties.GetProperty("ContainerRepository").GetString());
        // Worker and migrations run on ASP.NET Core too (health endpoints through Asa.ServiceDefaults): the bare runtime image lacks it.
        Assert.Equal("mcr.microsoft.com/dotnet/aspnet:10.0", properties.GetProperty("ContainerBaseImage").GetString());
        Assert.Equal("latest", properties.GetProperty("ContainerImageTag").GetString());
        Assert.Equal("true", properties.GetProperty("EnableSdkContainerSupport").GetString());
        Assert.Equal("true", properties.GetProperty("IsPublishable").GetString());
        Assert.Equal(ports, string.Join(',', items.GetProperty("ContainerPort").EnumerateArray().Select(port => port.GetProperty("Identity").GetString())));
        Assert.Equal(["dotnet", $"/app/{project}.dll"], items.GetProperty("ContainerAppCommand").EnumerateArray().Select(command => command.GetProperty("Identity").GetString()));
    }
}
