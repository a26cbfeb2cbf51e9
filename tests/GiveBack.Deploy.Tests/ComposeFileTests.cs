using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace GiveBack.Deploy.Tests;

/// <summary>
/// deploy/compose.yaml read as compose reads it (merge keys expanded; there is no docker compose on the machines that
/// run this suite): PostgreSQL, three GiveBack silos of one cluster and a TLS proxy, secrets only from the environment.
/// </summary>
public sealed partial class ComposeFileTests
{
    private static readonly YamlMappingNode Compose = DeployFiles.Yaml("compose.yaml").Single();
    private static readonly YamlMappingNode Services = Compose.Map("services");

    private static IEnumerable<(string Name, YamlNode Service)> Silos() =>
        Services.Children.Select(c => (((YamlScalarNode)c.Key).Value!, c.Value)).Where(s => s.Item2.Find("build") is not null);

    private static Dictionary<string, string> Environment(YamlNode service) => service.Map("environment").Scalars();

    [Fact]
    public void It_runs_postgresql_three_giveback_silos_and_a_tls_proxy()
    {
        Assert.Equal(3, Silos().Count());
        Assert.StartsWith("postgres:15", Services.Map("postgres").Text("image"), StringComparison.Ordinal);
        var proxy = Services.Map("caddy");
        Assert.Contains("443:443", proxy.Seq("ports").Texts());
        var caddyfile = DeployFiles.Read("Caddyfile");
        Assert.All(Silos(), s => Assert.Contains($"{s.Name}:8080", caddyfile, StringComparison.Ordinal));
        Assert.All(Silos(), s => Assert.Equal("deploy/Dockerfile", s.Service.Map("build").Text("dockerfile")));
    }

    [Fact]
    public void The_silos_form_one_cluster_each_on_its_own_address_and_ports()
    {
        var silos = Silos().Select(s => (s.Name, Env: Environment(s.Service), Address: s.Service.Map("networks").Map("giveback").Text("ipv4_address"))).ToList();

        Assert.Single(silos.Select(s => s.Env["Cluster__ClusterId"]).Distinct());
        Assert.Single(silos.Select(s => s.Env["Cluster__ServiceId"]).Distinct());
        Assert.Equal(3, silos.Select(s => s.Env["Cluster__SiloPort"]).Distinct().Count());
        var gateways = silos.Select(s => s.Env["Cluster__GatewayPort"]).Where(p => p != "0").ToList();
        Assert.Equal(gateways.Count, gateways.Distinct().Count());
        Assert.All(silos, s => Assert.Equal(s.Address, s.Env["Cluster__AdvertisedIPAddress"]));
        Assert.Equal(3, silos.Select(s => s.Address).Distinct().Count());
        // The proxy whose forwarded headers the silos believe is the proxy.
        Assert.All(silos, s => Assert.Equal(Services.Map("caddy").Map("networks").Map("giveback").Text("ipv4_address"), s.Env["ForwardedHeaders__KnownProxies__0"]));
    }

    [Fact]
    public void Every_variable_given_to_a_silo_is_one_the_product_reads()
    {
        var names = Silos().SelectMany(s => Environment(s.Service).Keys).Distinct().ToList();

        Assert.Contains("GIVEBACK_DB", names);
        Assert.Contains("GIVEBACK_ADMIN_API_KEY", names);
        Assert.Contains("GivingPage__PublicBaseUrl", names);
        Assert.All(names, name => Assert.True(ProductSettings.Reads(name), $"the product reads no {name}"));
    }

    [Fact]
    public void No_secret_is_written_in_the_file_only_taken_from_the_environment()
    {
        var values = Silos().SelectMany(s => Environment(s.Service)).Concat(Environment(Services.Map("postgres"))).ToList();
        var secrets = values.Where(v => SecretName().IsMatch(v.Key)).ToList();

        Assert.NotEmpty(secrets);
        Assert.All(secrets, v => Assert.Matches(@"^\$\{[A-Z_]+(:[-?][^}]*)?\}$", v.Value));
        Assert.All(values.Where(v => v.Key == "GIVEBACK_DB"), v => Assert.Matches(@"Password=\$\{[A-Z_]+", v.Value));
        Assert.Contains("deploy/.env", File.ReadAllLines(Path.Combine(GiveBack.Testing.RepositoryRoot.Path, ".gitignore")));
        Assert.All(File.ReadAllLines(Path.Combine(DeployFiles.Folder, ".env.example")).Where(l => SecretName().IsMatch(l.Split('=')[0])),
            line => Assert.EndsWith("=", line, StringComparison.Ordinal));
    }

    [GeneratedRegex("(PASSWORD|SECRET|API_KEY)", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();
}
