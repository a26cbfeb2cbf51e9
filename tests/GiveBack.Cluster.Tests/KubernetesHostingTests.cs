using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Hosting.Kubernetes;

namespace GiveBack.Cluster.Tests;

/// <summary>
/// Cluster:Kubernetes hands the silo's identity and address to Orleans' Kubernetes hosting; off, the configured address
/// stands. The pod's facts come as in a pod, through the POD_* variables the manifests fill from the downward API; only
/// Orleans' Kubernetes hosting reads them, so setting them for this class's duration disturbs no other test.
/// </summary>
public sealed class KubernetesHostingTests
{
    [Fact]
    public void Under_kubernetes_the_silo_is_named_after_its_pod_and_advertises_the_pod_ip_on_every_interface()
    {
        Environment.SetEnvironmentVariable(KubernetesHostingOptions.PodNamespaceEnvironmentVariable, "giving");
        Environment.SetEnvironmentVariable(KubernetesHostingOptions.PodNameEnvironmentVariable, "giveback-7d9f-abcde");
        Environment.SetEnvironmentVariable(KubernetesHostingOptions.PodIPEnvironmentVariable, "10.244.1.7");
        try
        {
            using var services = Configure(kubernetes: true);

            var endpoints = services.GetRequiredService<IOptions<EndpointOptions>>().Value;
            Assert.Equal(IPAddress.Parse("10.244.1.7"), endpoints.AdvertisedIPAddress);
            Assert.Equal(new IPEndPoint(IPAddress.Any, 11111), endpoints.SiloListeningEndpoint);
            Assert.Equal("giveback-7d9f-abcde", services.GetRequiredService<IOptions<SiloOptions>>().Value.SiloName);
        }
        finally
        {
            Environment.SetEnvironmentVariable(KubernetesHostingOptions.PodNamespaceEnvironmentVariable, null);
            Environment.SetEnvironmentVariable(KubernetesHostingOptions.PodNameEnvironmentVariable, null);
            Environment.SetEnvironmentVariable(KubernetesHostingOptions.PodIPEnvironmentVariable, null);
        }
    }

    [Fact]
    public void Under_kubernetes_a_pod_not_given_its_ip_is_refused_while_configuring()
    {
        var error = Assert.Throws<System.ComponentModel.DataAnnotations.ValidationException>(() => Configure(kubernetes: true));

        Assert.Contains(KubernetesHostingOptions.PodIPEnvironmentVariable, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Outside_kubernetes_the_configured_address_is_advertised()
    {
        using var services = Configure(kubernetes: false);

        var endpoints = services.GetRequiredService<IOptions<EndpointOptions>>().Value;
        Assert.Equal(IPAddress.Parse("192.0.2.10"), endpoints.AdvertisedIPAddress);
        Assert.Null(endpoints.SiloListeningEndpoint);
    }

    private static ServiceProvider Configure(bool kubernetes)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseOrleans(silo => silo.UseGiveBackPostgres(o =>
        {
            o.ConnectionString = "Host=127.0.0.1;Database=unused";
            o.AdvertisedIPAddress = "192.0.2.10";
            o.Kubernetes = kubernetes;
        }));
        return builder.Services.BuildServiceProvider();
    }
}
