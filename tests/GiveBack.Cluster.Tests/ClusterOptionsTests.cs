using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Hosting;

namespace GiveBack.Cluster.Tests;

public sealed class ClusterOptionsTests
{
    [Fact]
    public void A_silo_without_a_connection_string_is_refused_while_configuring()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });

        var error = Assert.Throws<ValidationException>(
            () => builder.UseOrleans(silo => silo.UseGiveBackPostgres(_ => { })));

        Assert.Contains(nameof(GiveBackClusterOptions.ConnectionString), error.Message, StringComparison.Ordinal);
    }
}
