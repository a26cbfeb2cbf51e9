using System.Globalization;
using System.Text.RegularExpressions;
using GiveBack.Cluster;
using Orleans.Hosting.Kubernetes;
using YamlDotNet.RepresentationModel;

namespace GiveBack.Deploy.Tests;

/// <summary>
/// deploy/kubernetes read document by document: well-formed objects, a Deployment whose probes, variables and labels
/// are what the product and Orleans' Kubernetes hosting read, and the PDB, Service and RBAC that fit it.
/// </summary>
public sealed partial class KubernetesManifestTests(BuiltHost host) : IClassFixture<BuiltHost>
{
    private static readonly string Folder = Path.Combine(DeployFiles.Folder, "kubernetes");

    private static readonly IReadOnlyList<YamlMappingNode> Documents = Directory.GetFiles(Folder, "*.yaml")
        .Where(f => Path.GetFileName(f) != "kustomization.yaml")
        .SelectMany(f => DeployFiles.Yaml(Path.Combine("kubernetes", Path.GetFileName(f))))
        .ToList();

    private static YamlMappingNode Only(string kind) => Documents.Single(d => d.Text("kind") == kind);

    private static YamlMappingNode PodTemplate => Only("Deployment").Map("spec").Map("template");

    private static YamlMappingNode Container => (YamlMappingNode)PodTemplate.Map("spec").Seq("containers").Children.Single();

    private static IEnumerable<YamlMappingNode> Env => Container.Seq("env").Children.Cast<YamlMappingNode>();

    [Fact]
    public void Every_document_is_an_object_with_an_api_version_a_kind_and_a_name_and_kustomize_lists_every_file()
    {
        Assert.NotEmpty(Documents);
        Assert.All(Documents, d =>
        {
            Assert.Matches("^([a-z0-9.-]+/)?v[0-9]+((alpha|beta)[0-9]+)?$", d.Text("apiVersion"));
            Assert.Matches("^[A-Z][A-Za-z]+$", d.Text("kind"));
            Assert.Matches("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", d.Map("metadata").Text("name"));
        });
        var listed = DeployFiles.Yaml("kubernetes/kustomization.yaml").Single().Seq("resources").Texts().Order();
        Assert.Equal(Directory.GetFiles(Folder, "*.yaml").Select(Path.GetFileName).Where(f => f != "kustomization.yaml").Order(), listed);
        // Secrets are made by the operator, never committed with the manifests.
        Assert.DoesNotContain(Documents, d => d.Text("kind") == "Secret");
    }

    [Fact]
    public void The_probes_ask_paths_the_host_maps_on_a_port_the_container_opens_with_a_host_it_answers()
    {
        var ports = Container.Seq("ports").Children.Select(p => p.Text("name")).ToHashSet();
        foreach (var probe in new[] { "startupProbe", "livenessProbe", "readinessProbe" })
        {
            var get = Container.Map(probe).Map("httpGet");
            Assert.Contains(get.Text("path"), host.Paths());
            Assert.Contains(get.Text("port"), ports);
            Assert.Contains(get.Seq("httpHeaders").Children, h => h.Text("name") == "Host" && h.Text("value") == "localhost");
        }

        Assert.Equal("/health/ready", Container.Map("readinessProbe").Map("httpGet").Text("path"));
        Assert.Equal("/health/live", Container.Map("livenessProbe").Map("httpGet").Text("path"));
    }

    [Fact]
    public void Every_variable_is_one_the_product_reads_and_secrets_come_from_a_secret()
    {
        var configMap = Only("ConfigMap").Map("data").Scalars().Keys;
        var names = Env.Select(e => e.Text("name")).Concat(configMap).ToList();

        Assert.All(names, name => Assert.True(ProductSettings.Reads(name), $"the product reads no {name}"));
        Assert.Equal(names.Count, names.Distinct().Count());
        foreach (var secret in Env.Where(e => SecretName().IsMatch(e.Text("name")) || e.Text("name") == "GIVEBACK_DB"))
        {
            Assert.Null(secret.Find("value"));
            Assert.NotNull(secret.Map("valueFrom").Find("secretKeyRef"));
        }

        Assert.DoesNotContain(configMap, name => SecretName().IsMatch(name));
    }

    [Fact]
    public void The_pod_gives_orleans_kubernetes_hosting_its_name_namespace_ip_and_cluster_labels()
    {
        var fields = Env.Where(e => e.Find("valueFrom") is YamlMappingNode from && from.Find("fieldRef") is not null)
            .ToDictionary(e => e.Text("name"), e => e.Map("valueFrom").Map("fieldRef").Text("fieldPath"));
        var labels = PodTemplate.Map("metadata").Map("labels").Scalars();

        Assert.Equal("true", Env.Single(e => e.Text("name") == $"{GiveBackClusterOptions.SectionName}__{nameof(GiveBackClusterOptions.Kubernetes)}").Text("value"));
        Assert.Equal("metadata.name", fields[KubernetesHostingOptions.PodNameEnvironmentVariable]);
        Assert.Equal("metadata.namespace", fields[KubernetesHostingOptions.PodNamespaceEnvironmentVariable]);
        Assert.Equal("status.podIP", fields[KubernetesHostingOptions.PodIPEnvironmentVariable]);
        Assert.Equal($"metadata.labels['{KubernetesHostingOptions.ServiceIdLabel}']", fields[KubernetesHostingOptions.ServiceIdEnvironmentVariable]);
        Assert.Equal($"metadata.labels['{KubernetesHostingOptions.ClusterIdLabel}']", fields[KubernetesHostingOptions.ClusterIdEnvironmentVariable]);
        Assert.False(string.IsNullOrEmpty(labels[KubernetesHostingOptions.ServiceIdLabel]));
        Assert.False(string.IsNullOrEmpty(labels[KubernetesHostingOptions.ClusterIdLabel]));
        var siloPort = Env.Single(e => e.Text("name") == "Cluster__SiloPort").Text("value");
        Assert.Contains(Container.Seq("ports").Children, p => p.Text("containerPort") == siloPort);
    }

    [Fact]
    public void A_stopping_pod_has_time_to_drain_and_leave_the_cluster_before_it_is_killed()
    {
        var grace = int.Parse(PodTemplate.Map("spec").Text("terminationGracePeriodSeconds"), CultureInfo.InvariantCulture);
        var shutdown = int.Parse(Env.Single(e => e.Text("name") == "DOTNET_SHUTDOWNTIMEOUTSECONDS").Text("value"), CultureInfo.InvariantCulture);
        var pause = int.Parse(Container.Map("lifecycle").Map("preStop").Map("exec").Seq("command").Texts().Last(), CultureInfo.InvariantCulture);

        Assert.Equal(BuiltHost.ShutdownSeconds, shutdown);
        Assert.True(pause + shutdown < grace, $"preStop {pause}s + shutdown {shutdown}s must fit in the grace period {grace}s");
        Assert.Equal("0", Only("Deployment").Map("spec").Map("strategy").Map("rollingUpdate").Text("maxUnavailable"));
    }

    [Fact]
    public void The_disruption_budget_and_the_service_select_the_deployments_pods()
    {
        var labels = PodTemplate.Map("metadata").Map("labels").Scalars();
        var deploymentSelector = Only("Deployment").Map("spec").Map("selector").Map("matchLabels").Scalars();
        var budget = Only("PodDisruptionBudget").Map("spec");
        var service = Only("Service").Map("spec");

        Assert.All(deploymentSelector, l => Assert.Equal(l.Value, labels[l.Key]));
        Assert.Equal(deploymentSelector, budget.Map("selector").Map("matchLabels").Scalars());
        Assert.All(service.Map("selector").Scalars(), l => Assert.Equal(l.Value, labels[l.Key]));
        Assert.Equal("1", budget.Text("maxUnavailable"));
        var ports = Container.Seq("ports").Children.Select(p => p.Text("name")).ToHashSet();
        Assert.All(service.Seq("ports").Children, p => Assert.Contains(p.Text("targetPort"), ports));
        var backend = Only("Ingress").Map("spec").Seq("rules").Children.Single().Map("http").Seq("paths").Children.Single().Map("backend").Map("service");
        Assert.Equal(Only("Service").Map("metadata").Text("name"), backend.Text("name"));
    }

    [Fact]
    public void The_pods_account_may_read_watch_and_mark_pods_as_orleans_kubernetes_hosting_needs_and_no_more()
    {
        var account = PodTemplate.Map("spec").Text("serviceAccountName");
        var role = Only("Role");
        var binding = Only("RoleBinding");

        Assert.Contains(Documents, d => d.Text("kind") == "ServiceAccount" && d.Map("metadata").Text("name") == account);
        Assert.Contains(binding.Seq("subjects").Children, s => s.Text("kind") == "ServiceAccount" && s.Text("name") == account);
        Assert.Equal(("Role", role.Map("metadata").Text("name")), (binding.Map("roleRef").Text("kind"), binding.Map("roleRef").Text("name")));
        var rule = role.Seq("rules").Children.Single();
        Assert.Equal([""], rule.Seq("apiGroups").Texts());
        Assert.Equal(["pods"], rule.Seq("resources").Texts());
        Assert.Equal(["get", "list", "patch", "watch"], rule.Seq("verbs").Texts().Order());
        Assert.True(PodTemplate.Map("spec").Map("securityContext").Text("runAsNonRoot") == "true");
    }

    [GeneratedRegex("(PASSWORD|SECRET|API_KEY|Password)")]
    private static partial Regex SecretName();
}
