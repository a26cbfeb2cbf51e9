using GiveBack.Resilience;

namespace GiveBack.Domain.Tests;

public sealed class BackoffTests
{
    private static readonly TimeSpan Base = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Max = TimeSpan.FromMinutes(1);

    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 4)]
    [InlineData(3, 8)]
    [InlineData(5, 32)]
    public void Each_failure_doubles_the_wait_from_the_base(int attempts, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), Backoff.After(attempts, Base, Max));

    [Theory]
    [InlineData(6)]
    [InlineData(31)]
    [InlineData(int.MaxValue)]
    public void The_wait_stops_at_the_maximum(int attempts) => Assert.Equal(Max, Backoff.After(attempts, Base, Max));

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void No_failure_yet_waits_the_base(int attempts) => Assert.Equal(Base, Backoff.After(attempts, Base, Max));
}
