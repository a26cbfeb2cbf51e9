using System.Net;
using System.Net.Http.Json;
using GiveBack.Plugins.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace GiveBack.Plugins.Tests.Hosting;

public sealed class PluginsApiTests(LoadingFixture fixture) : IClassFixture<LoadingFixture>
{
    private PluginTestHost Host => fixture.Host;

    [Theory]
    [InlineData("enable")]
    [InlineData("disable")]
    public async Task Unknown_plugin_id_is_a_not_found_problem(string action)
    {
        using var response = await Host.Client.PostAsync(new Uri($"/api/v1/plugins/NoSuchPlugin/{action}", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.Equal("Unknown plugin", problem!.Title);
        Assert.Contains("NoSuchPlugin", problem.Detail);
    }

    [Fact]
    public async Task Anonymous_callers_are_challenged_and_readers_cannot_change_plugins()
    {
        using var anonymous = new HttpClient { BaseAddress = Host.Client.BaseAddress };
        using var reader = new HttpClient { BaseAddress = Host.Client.BaseAddress };
        reader.DefaultRequestHeaders.Add(TestAuthHandler.RoleHeader, "reader");

        using var anonymousList = await anonymous.GetAsync(new Uri("/api/v1/plugins", UriKind.Relative));
        using var readerList = await reader.GetAsync(new Uri("/api/v1/plugins", UriKind.Relative));
        using var readerDisable = await reader.PostAsync(new Uri("/api/v1/plugins/Recorder/disable", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymousList.StatusCode);
        Assert.Equal(HttpStatusCode.OK, readerList.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, readerDisable.StatusCode);
    }

    [Fact]
    public async Task Plugin_list_shows_version_state_and_capabilities()
    {
        var recorder = await Host.Client.GetPluginAsync("Recorder");

        Assert.Equal(("1.0.0", "Loaded"), (recorder.Version, recorder.State));
        Assert.Contains("crm-connector", recorder.Capabilities);
        Assert.Contains("outreach-channel:test", recorder.Capabilities);
    }
}
