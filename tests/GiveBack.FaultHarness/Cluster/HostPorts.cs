namespace GiveBack.FaultHarness.Cluster;

/// <summary>One host's loopback ports: HTTP, the silo-to-silo port and the Orleans gateway.</summary>
internal sealed record HostPorts(int Http, int Silo, int Gateway);
