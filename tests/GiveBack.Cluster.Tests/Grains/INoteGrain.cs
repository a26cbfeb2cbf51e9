namespace GiveBack.Cluster.Tests.Grains;

public interface INoteGrain : IGrainWithStringKey
{
    Task SetAsync(string text);

    Task<string?> GetAsync();
}
