namespace GiveBack.FaultHarness.Cluster;

/// <summary>What every host of the harness's cluster shares: the server build, the database, the cluster's name, the key.</summary>
internal sealed record ClusterSettings(
    string Repository, string ServerDll, string ConnectionString, string ClusterId, string AdminKey, string LogDirectory,
    IReadOnlyList<string> ExtraArguments);
