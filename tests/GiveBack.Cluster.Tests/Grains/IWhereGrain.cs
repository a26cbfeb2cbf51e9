namespace GiveBack.Cluster.Tests.Grains;

/// <summary>Says which silo hosts its activation: one answer from every silo means one directory, one cluster.</summary>
public interface IWhereGrain : IGrainWithStringKey
{
    Task<string> WhereAsync();
}
