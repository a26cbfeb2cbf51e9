namespace GiveBack.Cluster.Tests.Grains;

public interface ITickGrain : IGrainWithGuidKey
{
    Task StartAsync(TimeSpan period);

    Task StopAsync();

    Task<int> GetTicksAsync();
}
