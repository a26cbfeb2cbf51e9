using System.Diagnostics;
using GiveBack.FunctionalTests.Support;
using GiveBack.Testing;

namespace GiveBack.FunctionalTests.Operations;

/// <summary>
/// An independent validator, not ours: <c>@apidevtools/swagger-parser</c> (Node, installed from npm into
/// <c>tools/openapi-validator</c> on first use) reads the document the host serves, checks it against the OpenAPI
/// schema and rules, and checks that every <c>/api/v1</c> operation requires the declared bearer scheme.
/// </summary>
[Collection(ApiTests.Name)]
public sealed class OpenApiValidatorTests(ServerFixture fixture)
{
    [Fact]
    public async Task The_served_openapi_document_passes_swagger_parser_and_every_v1_operation_requires_the_bearer_scheme()
    {
        var tool = Path.Combine(RepositoryRoot.Path, "tools", "openapi-validator");
        if (!Directory.Exists(Path.Combine(tool, "node_modules", "@apidevtools", "swagger-parser")))
        {
            var (installed, log) = await RunAsync("npm", tool, "ci", "--no-audit", "--no-fund");
            Assert.True(installed == 0, $"npm ci failed in {tool}: {log}");
        }

        using var anonymous = fixture.Server.CreateClient(apiKey: null);
        var document = Path.Combine(Path.GetTempPath(), $"giveback-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(document, await anonymous.GetStringAsync("/openapi/v1.json"));
        try
        {
            var (exit, output) = await RunAsync("node", tool, "validate.mjs", document);

            Assert.True(exit == 0, output);
            Assert.Equal("valid", output.Trim());
        }
        finally
        {
            File.Delete(document);
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string program, string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
