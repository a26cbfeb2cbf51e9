namespace GiveBack.Cluster.Tests.Grains;

public sealed class WhereGrain : Grain, IWhereGrain
{
    public Task<string> WhereAsync() => Task.FromResult(RuntimeIdentity);
}
