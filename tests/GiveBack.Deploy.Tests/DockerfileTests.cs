using System.Text.RegularExpressions;
using GiveBack.Server.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GiveBack.Deploy.Tests;

/// <summary>deploy/Dockerfile read instruction by instruction (no Docker daemon here to build it).</summary>
public sealed partial class DockerfileTests(BuiltHost host) : IClassFixture<BuiltHost>
{
    private static readonly IReadOnlyList<(string Instruction, string Arguments)> Instructions = Parse(DeployFiles.Read("Dockerfile"));

    [Fact]
    public void It_builds_with_the_sdk_and_runs_on_the_aspnet_runtime_in_a_later_stage()
    {
        var stages = Instructions.Where(i => i.Instruction == "FROM").Select(i => i.Arguments).ToList();

        Assert.True(stages.Count >= 2, "a multi-stage build");
        Assert.Contains("dotnet/sdk:", stages[0], StringComparison.Ordinal);
        Assert.Contains("dotnet/aspnet:", stages[^1], StringComparison.Ordinal);
        var buildStage = StageName().Match(stages[0]).Groups[1].Value;
        Assert.Contains(Instructions, i => i.Instruction == "COPY" && i.Arguments.StartsWith($"--from={buildStage} ", StringComparison.Ordinal));
    }

    [Fact]
    public void It_runs_as_a_user_other_than_root()
    {
        // The runtime stage's instructions: those after the last FROM.
        var runtime = Instructions.Skip(Instructions.ToList().FindLastIndex(i => i.Instruction == "FROM")).ToList();
        var user = runtime.Last(i => i.Instruction == "USER").Arguments;

        Assert.DoesNotMatch("^(root|0)(:.*)?$", user);
    }

    [Fact]
    public void Its_health_check_asks_a_health_path_the_host_maps_on_the_port_it_listens_on()
    {
        var check = Instructions.Single(i => i.Instruction == "HEALTHCHECK").Arguments;
        var url = HealthUrl().Match(check);

        Assert.True(url.Success, check);
        Assert.Contains(url.Groups["path"].Value, host.Paths());
        Assert.Contains($":{url.Groups["port"].Value}", Environment()["ASPNETCORE_URLS"], StringComparison.Ordinal);
        Assert.Contains(url.Groups["port"].Value, Instructions.Single(i => i.Instruction == "EXPOSE").Arguments.Split(' '));
    }

    [Fact]
    public void It_starts_the_servers_own_assembly_with_its_plugins_published_beside_it()
    {
        var entry = Instructions.Single(i => i.Instruction == "ENTRYPOINT").Arguments;

        Assert.Equal($"[\"dotnet\", \"{typeof(GiveBackHost).Assembly.GetName().Name}.dll\"]", entry);
        Assert.Contains(Instructions, i => i.Instruction == "RUN" && i.Arguments.Contains("dotnet publish src/GiveBack.Server/GiveBack.Server.csproj", StringComparison.Ordinal));
    }

    [Fact]
    public void It_listens_on_every_interface_and_gives_the_silo_time_to_leave_the_cluster()
    {
        var environment = Environment();

        Assert.StartsWith("http://0.0.0.0:", environment["ASPNETCORE_URLS"], StringComparison.Ordinal);
        Assert.Equal(BuiltHost.ShutdownSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture), environment["DOTNET_SHUTDOWNTIMEOUTSECONDS"]);
        Assert.All(environment.Keys, name => Assert.True(ProductSettings.Reads(name), $"the product reads no {name}"));
        // The key that variable becomes is the one the host's stop timeout is read from.
        Assert.Equal(TimeSpan.FromSeconds(BuiltHost.ShutdownSeconds), host.App.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);
    }

    private static Dictionary<string, string> Environment() =>
        Instructions.Where(i => i.Instruction == "ENV")
            .SelectMany(i => EnvPair().Matches(i.Arguments))
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value, StringComparer.Ordinal);

    // Comment lines dropped, continuation lines joined: one (instruction, arguments) per instruction.
    private static List<(string, string)> Parse(string dockerfile)
    {
        var lines = dockerfile.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => !l.TrimStart().StartsWith('#'));
        var joined = string.Join('\n', lines).Replace("\\\n", " ", StringComparison.Ordinal);
        return joined.Split('\n').Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => l.Trim().Split(' ', 2))
            .Select(p => (p[0].ToUpperInvariant(), Regex.Replace(p.Length > 1 ? p[1] : "", @"\s+", " ").Trim()))
            .ToList();
    }

    [GeneratedRegex(@" AS (\w+)$", RegexOptions.IgnoreCase)]
    private static partial Regex StageName();

    [GeneratedRegex(@"https?://[^:/""]+:(?<port>\d+)(?<path>/[^"" ]*)")]
    private static partial Regex HealthUrl();

    [GeneratedRegex(@"(\w+)=(\S*)")]
    private static partial Regex EnvPair();
}
